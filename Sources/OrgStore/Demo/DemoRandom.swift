/// A small, fast, seeded pseudo-random generator (SplitMix64): the same seed gives the same numbers on
/// every machine and every run, so demo stores, benches and tests are reproducible.
public struct DemoRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.scramble(state)
    }

    /// SplitMix64's finalizer: a bijection on `UInt64` that scatters its input's bits, so distinct
    /// inputs always give distinct outputs.
    static func scramble(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// True with the given chance, in percent.
    mutating func percent(_ chance: Int) -> Bool {
        Int.random(in: 0..<100, using: &self) < chance
    }
}
