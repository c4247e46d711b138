/// What the mouse did, in cells counted from 0: a press of the left button, or a turn of the wheel. Other
/// buttons, releases, motion and presses with Shift, Ctrl or Alt (a terminal that passes a Shift press on
/// rather than selecting text) mean nothing to orgtui.
enum MouseInput: Hashable, Sendable {
    /// The left button went down at this cell.
    case press(x: Int, y: Int)
    /// The wheel turned at this cell, towards the user (`down`) or away.
    case wheel(x: Int, y: Int, down: Bool)

    /// The input an SGR (1006) report `ESC [ < button ; column ; row M|m` stands for (`parameters` is what lies
    /// between `<` and the final byte, `M` for a press and `m` for a release), or nil.
    init?(sgrParameters parameters: Substring, final: UInt8) {
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        guard numbers.count == 3, let button = numbers[0], let column = numbers[1], let row = numbers[2] else {
            return nil
        }
        self.init(button: button, column: column, row: row, released: final == UInt8(ascii: "m"))
    }

    /// The input a legacy (X10) report `ESC [ M b x y` stands for: each byte is its number plus 32, and button 3
    /// is a release.
    init?(legacyBytes bytes: ArraySlice<UInt8>) {
        let values = bytes.map { Int($0) - 32 }
        guard values.count == 3 else { return nil }
        self.init(button: values[0], column: values[1], row: values[2], released: values[0] & 3 == 3)
    }

    private init?(button: Int, column: Int, row: Int, released: Bool) {
        guard column >= 1, row >= 1, !released else { return nil }
        let (x, y) = (column - 1, row - 1)
        let motion = 32
        let wheel = 64
        if button & wheel != 0 {
            guard button & motion == 0 else { return nil }
            self = .wheel(x: x, y: y, down: button & 1 == 1)
        } else if button == 0 {
            self = .press(x: x, y: y)
        } else {
            return nil
        }
    }
}
