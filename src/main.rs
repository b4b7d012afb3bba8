//! The `eventmap` binary: parse arguments, run, turn the outcome into an exit
//! code. All the work is in the library.

// An article's stages make and drop many small vectors (words, sentences,
// cues, candidates): about 150 allocations per article. mimalloc serves
// them from per-thread free lists at about half the instructions of the
// system allocator: 8 % of a one-thread batch (benches/README.md). Built
// without transparent huge pages (feature `no_thp`): with them a run
// zeroed 2 MB pages over and over and kept twice the memory, for no speed.
// The library leaves the choice to its users.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(eventmap::cli::main());
}
