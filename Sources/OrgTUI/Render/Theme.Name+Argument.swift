import ArgumentParser

/// `--theme dark|light|high-contrast`.
extension Theme.Name: ExpressibleByArgument {}
