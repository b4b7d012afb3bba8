//! Opening a gazetteer given with `--gazetteer`.
//!
//! Takes a path; gives an indexed [`Gazetteer`]. Today the file is always the
//! CSV format; this is the one place that decides how a path becomes a
//! gazetteer.

use std::path::Path;

use crate::gazetteer::{GazError, Gazetteer};

/// Open a gazetteer file.
pub fn open(path: &Path) -> Result<Gazetteer, GazError> {
    Gazetteer::from_path(path)
}
