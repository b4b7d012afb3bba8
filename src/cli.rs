//! Command-line options (clap derive), kept apart from the validated
//! configuration the library runs on, and the `main` that maps outcomes to
//! exit codes: 0 success, 2 bad usage or bad input; a closed stdout (a
//! broken pipe, as in `eventmap … | head`) ends quietly with 0.

use std::io::{self, BufReader, Write};
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::article::{self, PartialDate};
use crate::gazetteer::Gazetteer;
use crate::gaztools::{self, ImportOptions};
use crate::output::{self, Format};
use crate::pipeline::{self, Config};

#[derive(Parser, Debug)]
#[command(
    name = "eventmap",
    version,
    about = "News articles about armed conflict in, a GeoJSON layer of events out."
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand, Debug)]
enum Cmd {
    /// Read articles and write a GeoJSON layer of the events they report.
    Extract(ExtractArgs),
    /// Look up, check, import and index gazetteers.
    #[command(subcommand)]
    Gazetteer(GazCmd),
    /// Merge GeoJSON layers or sequences written by `extract` into one layer.
    Merge(MergeArgs),
}

#[derive(Args, Debug)]
struct ExtractArgs {
    /// UTF-8 text files, directories (their *.txt, in name order), or `-` for
    /// standard input (the default).
    articles: Vec<String>,
    /// Write the layer here (atomically) instead of to standard output
    /// (`-`: standard output).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// One FeatureCollection, or RFC 8142 GeoJSON Text Sequences.
    #[arg(long, value_enum, default_value_t = FormatArg::Geojson)]
    format: FormatArg,
    /// The article date where an article has no `date` header (YYYY,
    /// YYYY-MM or YYYY-MM-DD); before the date of a dateline in the text.
    #[arg(long)]
    date: Option<String>,
    /// Use this gazetteer CSV instead of the built-in one.
    #[arg(long)]
    gazetteer: Option<PathBuf>,
    /// Also emit place mentions that carry no event (event_type `mention`).
    #[arg(long)]
    all_mentions: bool,
    /// No progress bar.
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Copy, Clone, Debug, ValueEnum)]
enum FormatArg {
    Geojson,
    Geojsonseq,
}

#[derive(Subcommand, Debug)]
enum GazCmd {
    /// Candidates for a name, best first, as a GeoJSON FeatureCollection.
    Lookup {
        name: String,
        /// Only places in this country (ISO 3166-1 alpha-2).
        #[arg(long)]
        country: Option<String>,
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Look in this gazetteer instead of the built-in one.
        #[arg(long)]
        gazetteer: Option<PathBuf>,
    },
    /// Validate a gazetteer CSV (the built-in one when no FILE is given).
    Check { file: Option<PathBuf> },
    /// Compile a gazetteer CSV into an index file that `--gazetteer` maps into
    /// memory: a world gazetteer then opens in milliseconds.
    Index {
        file: PathBuf,
        /// Where to write the index (atomically).
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Convert a standard GeoNames dump into eventmap's gazetteer CSV.
    Import {
        geonames: PathBuf,
        /// Keep only these countries (ISO alpha-2, comma-separated).
        #[arg(long, value_delimiter = ',')]
        countries: Vec<String>,
        #[arg(long, default_value_t = 0)]
        min_population: u64,
        /// Only the dump's rows: not the built-in gazetteer's countries (in
        /// many languages), divisions, regions, rivers, camps and airbases,
        /// which a dump of populated places lacks.
        #[arg(long)]
        geonames_only: bool,
        /// Write here (atomically) instead of to standard output (`-`:
        /// standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

#[derive(Args, Debug)]
struct MergeArgs {
    /// Layers (FeatureCollection) or sequences (one Feature per record).
    inputs: Vec<PathBuf>,
    /// Write the layer here (atomically) instead of to standard output
    /// (`-`: standard output).
    #[arg(short, long)]
    output: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = FormatArg::Geojson)]
    format: FormatArg,
}

/// An error for the user: one line, exit code 2.
#[derive(Debug)]
pub struct UserError(pub String);

impl<E: std::error::Error> From<E> for UserError {
    fn from(e: E) -> Self {
        UserError(e.to_string())
    }
}

fn is_broken_pipe(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::BrokenPipe
}

/// Run the command line; the return value is the process exit code.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) if e.use_stderr() => {
            // One line: clap's message and its hint, without the usage block.
            let rendered = e.render().to_string();
            let line: Vec<&str> = rendered
                .lines()
                .map(str::trim)
                .filter(|l| {
                    !l.is_empty()
                        && !l.starts_with("Usage:")
                        && !l.starts_with("For more information")
                })
                .collect();
            eprintln!("eventmap: {}", line.join(" ").trim_start_matches("error: "));
            return 2;
        }
        Err(e) => {
            let _ = e.print();
            return 0;
        }
    };
    match run(cli) {
        Ok(()) => 0,
        Err(Failure::BrokenPipe) => 0,
        Err(Failure::User(msg)) => {
            eprintln!("eventmap: {msg}");
            2
        }
    }
}

enum Failure {
    BrokenPipe,
    User(String),
}

impl From<UserError> for Failure {
    fn from(e: UserError) -> Self {
        Failure::User(e.0)
    }
}

impl From<output::WriteError> for Failure {
    fn from(e: output::WriteError) -> Self {
        match e {
            output::WriteError::Io(ref io) if is_broken_pipe(io) => Failure::BrokenPipe,
            other => Failure::User(other.to_string()),
        }
    }
}

fn load_gazetteer(path: Option<&PathBuf>) -> Result<Gazetteer, UserError> {
    match path {
        None => Ok(Gazetteer::builtin()),
        Some(p) => Ok(Gazetteer::from_path(p)?),
    }
}

fn run(cli: Cli) -> Result<(), Failure> {
    match cli.cmd {
        Cmd::Extract(a) => {
            let fallback = match &a.date {
                None => None,
                Some(s) => Some(PartialDate::parse(s).ok_or_else(|| {
                    UserError(format!(
                        "--date {s:?}: expected YYYY, YYYY-MM or YYYY-MM-DD"
                    ))
                })?),
            };
            let sources = article::expand(&a.articles).map_err(UserError::from)?;
            let gaz = load_gazetteer(a.gazetteer.as_ref())?;
            let config = Config {
                fallback_date: fallback,
                all_mentions: a.all_mentions,
                progress: !a.quiet,
            };
            let format = match a.format {
                FormatArg::Geojson => Format::Collection,
                FormatArg::Geojsonseq => Format::Sequence,
            };
            output::write_to(a.output.as_deref(), |w| {
                pipeline::run(&sources, &gaz, &config, format, w)
            })?;
            Ok(())
        }
        Cmd::Merge(m) => {
            let format = match m.format {
                FormatArg::Geojson => Format::Collection,
                FormatArg::Geojsonseq => Format::Sequence,
            };
            output::write_to(m.output.as_deref(), |w| output::merge(&m.inputs, format, w))?;
            Ok(())
        }
        Cmd::Gazetteer(g) => run_gazetteer(g),
    }
}

fn run_gazetteer(cmd: GazCmd) -> Result<(), Failure> {
    match cmd {
        GazCmd::Lookup {
            name,
            country,
            limit,
            gazetteer,
        } => {
            let gaz = load_gazetteer(gazetteer.as_ref())?;
            let cands = gaztools::lookup(&gaz, &name, country.as_deref(), limit);
            output::write_to(None, |w| output::write_candidates(&gaz, &cands, w))?;
            Ok(())
        }
        GazCmd::Check { file } => {
            let (name, data) = match &file {
                None => (
                    "gazetteer.csv (built-in)".to_string(),
                    crate::gazetteer::BUILTIN_CSV.as_bytes().to_vec(),
                ),
                Some(p) => (
                    p.display().to_string(),
                    std::fs::read(p)
                        .map_err(|e| UserError(format!("{}: cannot read: {e}", p.display())))?,
                ),
            };
            let problems = gaztools::check(&data);
            let errors = problems.iter().filter(|p| p.error).count();
            let stdout = io::stdout();
            let mut out = stdout.lock();
            let w = |out: &mut io::StdoutLock, s: String| -> Result<(), Failure> {
                writeln!(out, "{s}").map_err(|e| {
                    if is_broken_pipe(&e) {
                        Failure::BrokenPipe
                    } else {
                        Failure::User(e.to_string())
                    }
                })
            };
            for p in &problems {
                let level = if p.error { "error" } else { "warning" };
                w(&mut out, format!("{name}:{}: {level}: {}", p.line, p.msg))?;
            }
            w(
                &mut out,
                format!(
                    "{name}: {errors} errors, {} warnings",
                    problems.len() - errors
                ),
            )?;
            if errors > 0 {
                return Err(Failure::User(format!("{name}: {errors} errors")));
            }
            Ok(())
        }
        GazCmd::Index { file, output: out } => {
            let gaz = Gazetteer::from_path(&file).map_err(UserError::from)?;
            output::write_to(Some(&out), |w| {
                w.write_all(gaz.index_bytes())
                    .map_err(output::WriteError::Io)
            })?;
            Ok(())
        }
        GazCmd::Import {
            geonames,
            countries,
            min_population,
            geonames_only,
            output: out,
        } => {
            let f = std::fs::File::open(&geonames)
                .map_err(|e| UserError(format!("{}: cannot read: {e}", geonames.display())))?;
            let opts = ImportOptions {
                countries,
                min_population,
                with_areas: !geonames_only,
            };
            let places = gaztools::import_geonames(
                BufReader::with_capacity(1 << 20, f),
                &geonames.display().to_string(),
                &opts,
            )
            .map_err(UserError::from)?;
            output::write_to(out.as_deref(), |w| {
                gaztools::write_places(&places, w).map_err(output::WriteError::Io)
            })?;
            Ok(())
        }
    }
}
