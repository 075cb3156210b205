import Parse
import Testing

/// HTML reduced to the text the detector reads.
@Suite struct HTMLTextTests {
    @Test func dropsTagsAndDecodesEntities() {
        #expect(HTMLText.plainText("<b>China</b> &amp; the <a href=\"x?a=1&amp;b=2\">US</a> &#8220;agree&#x201D;")
                == "China & the US “agree”")
    }

    @Test func dropsScriptStyleAndComments() {
        #expect(HTMLText.plainText("a<script>var x = '<p>';</script>b<style>p{}</style>c<!-- <p>hidden</p> -->d")
                == "a b cd")
    }

    @Test func blockElementsKeepSentenceBoundaries() {
        #expect(HTMLText.plainText("<p>Talks ended</p><p>Tariffs stay</p><ul><li>one</li><li>two</li></ul>x<br>y")
                == "Talks ended\nTariffs stay\none\ntwo\nx\ny")
    }

    @Test func collapsesWhitespaceIncludingNonBreakingSpaces() {
        #expect(HTMLText.plainText("  a \n\t b&nbsp;&nbsp;c\u{A0}d  ") == "a b c d")
    }

    @Test func keepsTextThatOnlyLooksLikeMarkup() {
        #expect(HTMLText.plainText("1 < 2 & 3 > 2, &unknown; &amp") == "1 < 2 & 3 > 2, &unknown; &amp")
    }

    @Test func plainTextPassesThrough() {
        #expect(HTMLText.plainText("China suspends rare-earth export controls.") == "China suspends rare-earth export controls.")
    }

    /// Named entities come from libxml2's HTML 4 table: case-sensitive,
    /// `apos` included, unknown names left as written.
    @Test func namedEntitiesFromLibxml2sTable() {
        #expect(HTMLText.plainText("&Eacute;t&eacute; &euro;5&hellip; &apos;Section&nbsp;301&apos; &Omega;&thetasym;")
            == "Été €5… 'Section 301' Ωϑ")
        #expect(HTMLText.plainText("&EACUTE; &tariff; &amp") == "&EACUTE; &tariff; &amp")
    }
}
