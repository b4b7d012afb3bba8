//! The `eventmap` binary: parse arguments, run, turn the outcome into an exit
//! code. All the work is in the library.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as mi;

// An article's stages make and drop many small vectors (words, sentences,
// cues, candidates): about 130 allocations per article. mimalloc serves
// them from per-thread free lists at about half the instructions of the
// system allocator: 8 % of a one-thread batch (benches/README.md). Built
// without transparent huge pages (feature `no_thp`): with them a run
// zeroed 2 MB pages over and over and kept twice the memory, for no speed.
// The library leaves the choice to its users.
#[global_allocator]
static ALLOC: MiMalloc = MiMalloc;

/// mimalloc, entered by its plain `mi_malloc` where the alignment asked for
/// is a word's or less (every Rust allocation of this program but a few):
/// the `mimalloc` crate enters every allocation by `mi_malloc_aligned`,
/// whose alignment checks cost about a third of a small allocation's
/// instructions.
struct MiMalloc;

/// What every mimalloc block is aligned to: its blocks are whole words
/// from a page start aligned to 16 bytes.
const WORD: usize = std::mem::size_of::<usize>();

// SAFETY: each function hands the request to mimalloc, by the plain entry
// point only where its word alignment meets the layout's, else by the
// aligned one; `mi_free` frees blocks of either.
unsafe impl GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: plain C allocation calls; see above.
        unsafe {
            if layout.align() <= WORD {
                mi::mi_malloc(layout.size()).cast()
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as `alloc`.
        unsafe {
            if layout.align() <= WORD {
                mi::mi_zalloc(layout.size()).cast()
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from one of the functions above.
        unsafe { mi::mi_free(ptr.cast::<c_void>()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from one of the functions above, with
        // `layout`'s alignment, which the new block keeps.
        unsafe {
            if layout.align() <= WORD {
                mi::mi_realloc(ptr.cast::<c_void>(), new_size).cast()
            } else {
                mi::mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast()
            }
        }
    }
}

fn main() {
    std::process::exit(eventmap::cli::main());
}
