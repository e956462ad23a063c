//! `keuzehulp`: the command line for rule authors (`check`, `advise`).

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(keuzehulp::cli::run(&args));
}
