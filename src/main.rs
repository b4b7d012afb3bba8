//! The `eventmap` binary: parse arguments, run, turn the outcome into an exit
//! code. All the work is in the library.

fn main() {
    std::process::exit(eventmap::cli::main());
}
