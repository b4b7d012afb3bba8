//! One integration-test binary, with topical modules.

mod util;

mod classify;
mod cli;
mod gazetteer;
mod ogr;
mod regression;
mod seeds;
