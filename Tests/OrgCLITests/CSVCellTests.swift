import Testing

@testable import OrgCLI

/// A cell that a spreadsheet would run as a formula gets a leading quote; any other cell is left as it is.
@Suite struct CSVCellTests {
    @Test(arguments: ["=cmd|' /C calc'!A0", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "=", "-"])
    func aFormulaStartIsNeutralized(_ cell: String) {
        #expect(CSVCell.neutralized(cell) == "'" + cell)
    }

    @Test(arguments: ["Ada Admin", "", " =1", "a=b", "'quoted", "\nline", "x-y@z"])
    func anyOtherCellIsKept(_ cell: String) {
        #expect(CSVCell.neutralized(cell) == cell)
    }
}
