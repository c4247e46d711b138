/// A rectangle of terminal cells: columns `x..<x + width` of rows `y..<y + height`.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    /// The rectangle of `width` x `height` cells whose top left cell is column `x` of row `y`.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The first row below the rectangle.
    public var bottom: Int { y + height }
}
