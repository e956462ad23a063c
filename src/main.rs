fn main() {
    eprintln!("keuzehulp: not yet");
    std::process::exit(2);
}
