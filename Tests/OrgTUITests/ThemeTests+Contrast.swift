import Foundation
import Testing
@testable import OrgTUI

/// The themes' contrast, computed as WCAG 2 defines it from xterm's default palette, and that no state is
/// told apart by color alone.
@Suite("Theme contrast")
struct ThemeContrastTests {
    /// xterm's default colors 0-7 and their bright forms 8-15 (which xterm shows bold text in), as RGB.
    static let palette: [UInt32] = [
        0x000000, 0xCD0000, 0x00CD00, 0xCDCD00, 0x0000EE, 0xCD00CD, 0x00CDCD, 0xE5E5E5,
        0x7F7F7F, 0xFF0000, 0x00FF00, 0xFFFF00, 0x5C5CFF, 0xFF00FF, 0x00FFFF, 0xFFFFFF,
    ]

    /// WCAG 2's relative luminance of an sRGB color.
    static func luminance(_ rgb: UInt32) -> Double {
        func linear(_ shift: UInt32) -> Double {
            let value = Double((rgb >> shift) & 0xFF) / 255
            return value <= 0.03928 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(16) + 0.7152 * linear(8) + 0.0722 * linear(0)
    }

    /// WCAG 2's contrast ratio of two colors, from 1 to 21.
    static func contrast(_ a: UInt32, _ b: UInt32) -> Double {
        let (la, lb) = (luminance(a), luminance(b))
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    /// The lowest contrast `look` can show its text at: text and background swapped when reversed, and a
    /// bold palette color also in its bright form. A default color is `defaultText` or `defaultBackground`.
    static func lowestContrast(_ look: Theme.Look, defaultText: UInt32, defaultBackground: UInt32) -> Double {
        func rgb(_ color: Theme.Color?, _ fallback: UInt32, bright: Bool) -> UInt32 {
            color.map { palette[Int($0.rawValue) + (bright ? 8 : 0)] } ?? fallback
        }
        let (text, back) = look.reverse ? (look.background, look.foreground) : (look.foreground, look.background)
        let (textDefault, backDefault) =
            look.reverse ? (defaultBackground, defaultText) : (defaultText, defaultBackground)
        return (look.bold ? [false, true] : [false]).map {
            contrast(rgb(text, textDefault, bright: $0), rgb(back, backDefault, bright: false))
        }.min()!
    }

    @Test("The formula gives WCAG's known values")
    func formula() {
        #expect(abs(Self.contrast(0x000000, 0xFFFFFF) - 21) < 0.001)
        #expect(abs(Self.contrast(0x777777, 0xFFFFFF) - 4.48) < 0.01)
    }

    @Test("High contrast: every style sets both colors, none is dim, and each pair is at least 7:1")
    func highContrast() {
        for style in Style.allCases {
            let look = Theme.highContrast.look(style)
            #expect(look.foreground != nil && look.background != nil && !look.dim, "\(style)")
            let ratio = Self.lowestContrast(look, defaultText: 0, defaultBackground: 0)
            #expect(ratio >= 7, "\(style): \(ratio)")
        }
    }

    @Test("Light: on a white background with black text, every style is at least 4.5:1 and none is dim")
    func light() {
        for style in Style.allCases {
            let look = Theme.light.look(style)
            #expect(!look.dim, "\(style)")
            let ratio = Self.lowestContrast(look, defaultText: 0x000000, defaultBackground: 0xFFFFFF)
            #expect(ratio >= 4.5, "\(style): \(ratio)")
        }
    }

    @Test("No theme tells a state apart by color alone: rows, fields and errors differ in attributes too")
    func noStateByColorAlone() {
        let groups: [[Style]] = [
            [.normal, .selected, .marked, .selectedMarked, .changed], [.field, .activeField],
            [
                .normal, .error,
            ],
        ]
        for theme in [Theme.dark, .light, .highContrast, .monochrome] {
            for group in groups {
                let attributes = group.map { style -> [Bool] in
                    let look = theme.look(style)
                    return [look.bold, look.reverse, look.underline, look.dim]
                }
                #expect(Set(attributes).count == group.count, "\(group): \(attributes)")
            }
        }
    }

    @Test("The theme is the one named, unless colors are refused")
    func named() {
        let xterm = ["TERM": "xterm-256color"]
        let light = Theme.choose(.light, noColorFlag: false, environment: xterm, terminalHasColors: true)
        #expect(light.look(.header) == Theme.light.look(.header))
        let refused = Theme.choose(.highContrast, noColorFlag: true, environment: xterm, terminalHasColors: true)
        #expect(!refused.usesColor)
    }
}
