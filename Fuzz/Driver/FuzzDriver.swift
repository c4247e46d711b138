// The entry point every libFuzzer target shares. SwiftPM names an executable's entry point itself (such as
// `FuzzResponses_main`, to which it points `main`), so libFuzzer's own `main` never runs; each target's
// `@main` calls `FuzzDriver.run` with its test function instead, which runs libFuzzer's driver.
import Foundation

@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// libFuzzer's driver, run on the process's arguments.
public enum FuzzDriver {
    /// Runs libFuzzer with `test` as the target (what `LLVMFuzzerTestOneInput` would be), then exits.
    public static func run(_ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, test))
    }
}
