fn main() -> std::process::ExitCode {
    redress::cli::run()
}
