import OrgModel
import Testing

@Suite struct NameFoldTests {
    @Test(arguments: [
        ("García", "garcia"), ("Loïc Côté", "loic cote"), ("Ayşe Yıldız", "ayse yildiz"), ("ANN LEE", "ann lee"),
        ("Søren Łukasz", "soren lukasz"), ("Đorđe Straße", "dorde strasse"), ("Æsa Œuvre Þór", "aesa oeuvre thor"),
        ("İlker", "ilker"), ("Ｇａｒｃｉａ", "garcia"), ("Zoë  ", "zoe  "),
    ])
    func foldsCaseAccentsAndPlainLetters(_ name: String, _ key: String) {
        #expect(NameFold.key(name) == key)
    }

    @Test(arguments: ["최서연", "王芳", "Ng", "がく", "Иван", "Ελένη", "हिंदी"])
    func keepsOtherScriptsAsTyped(_ name: String) {
        let key = NameFold.key(name)
        #expect(key.unicodeScalars.count == name.lowercased().unicodeScalars.count)
        #expect(NameFold.key(key) == key)
    }

    @Test func hangulStaysInSyllables() {
        #expect(NameFold.key("최서연") == "최서연")
        #expect(NameFold.key("김 최서연").contains(NameFold.key("최서연")))
    }

    @Test func aDecomposedNameFoldsLikeAPrecomposedOne() {
        #expect(NameFold.key("Garci\u{301}a") == NameFold.key("García"))
        #expect(NameFold.key("\u{1100}\u{1161}") == "가")
    }

    @Test(arguments: [("garcia", "García"), ("loic", "Loïc Côté"), ("yildiz", "Ayşe Yıldız"), ("최서연", "최서연")])
    func aTypedTermIsInTheNamesKey(_ term: String, _ name: String) {
        #expect(NameFold.key(name).contains(NameFold.key(term)))
    }
}
