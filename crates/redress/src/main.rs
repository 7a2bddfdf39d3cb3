/// mimalloc rather than glibc's malloc: a request allocates and frees many small values from
/// several threads, where glibc's arenas spent about a fifth of a lookup's CPU (issue 11).
/// With the crate's `override` feature, C code in the process (SQLite) allocates there too.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    redress::cli::run()
}
