/// Turning theme colours into palette indexes a terminal of some depth can show.
public enum ColorPalette {
    /// The usual xterm RGB values of the 16 ANSI colours.
    static let ansiRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
        (255, 255, 255),
    ]
    /// The six levels of each channel in the 6×6×6 cube.
    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// The palette index (-1 for the terminal default) of `color` at `depth`.
    public static func index(of color: ThemeColor, depth: ColorDepth) -> Int16 {
        switch (color, depth) {
        case (_, .monochrome), (.terminalDefault, _): return -1
        case (.ansi(let i), .ansi8): return Int16(toEight(Int(i)))
        case (.ansi(let i), _): return Int16(i)
        case (.indexed(let i), .palette256): return Int16(i)
        case (.indexed(let i), .ansi16): return Int16(nearestANSI(rgb(ofIndex: Int(i))))
        case (.indexed(let i), .ansi8): return Int16(toEight(nearestANSI(rgb(ofIndex: Int(i)))))
        case (.rgb(let r, let g, let b), .palette256): return Int16(nearest256((Int(r), Int(g), Int(b))))
        case (.rgb(let r, let g, let b), .ansi16): return Int16(nearestANSI((Int(r), Int(g), Int(b))))
        case (.rgb(let r, let g, let b), .ansi8): return Int16(toEight(nearestANSI((Int(r), Int(g), Int(b)))))
        }
    }

    /// A bright ANSI colour as its normal one; bright black (grey) becomes white so it stays readable.
    static func toEight(_ index: Int) -> Int {
        index == 8 ? 7 : index & 7
    }

    /// The RGB value of a 256-colour palette entry.
    static func rgb(ofIndex index: Int) -> (Int, Int, Int) {
        if index < 16 { return ansiRGB[index] }
        if index >= 232 {
            let level = 8 + 10 * (index - 232)
            return (level, level, level)
        }
        let cube = index - 16
        return (cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
    }

    /// The ANSI colour (0–15) nearest to `rgb`.
    static func nearestANSI(_ rgb: (Int, Int, Int)) -> Int {
        var best = 0, bestDistance = Int.max
        for (index, candidate) in ansiRGB.enumerated() {
            let d = distance(rgb, candidate)
            if d < bestDistance { (best, bestDistance) = (index, d) }
        }
        return best
    }

    /// The cube or grey-ramp entry (16–255) nearest to `rgb`.
    static func nearest256(_ rgb: (Int, Int, Int)) -> Int {
        func level(_ v: Int) -> Int {
            cubeLevels.indices.min(by: { abs(cubeLevels[$0] - v) < abs(cubeLevels[$1] - v) })!
        }
        let (r, g, b) = (level(rgb.0), level(rgb.1), level(rgb.2))
        let cubeIndex = 16 + 36 * r + 6 * g + b
        let average = (rgb.0 + rgb.1 + rgb.2) / 3
        let greyStep = min(23, max(0, (average - 8 + 5) / 10))
        let greyIndex = 232 + greyStep
        return distance(rgb, self.rgb(ofIndex: greyIndex)) < distance(rgb, self.rgb(ofIndex: cubeIndex))
            ? greyIndex : cubeIndex
    }

    /// Squared distance between two RGB values.
    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return dr * dr + dg * dg + db * db
    }
}
