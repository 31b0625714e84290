package dev.kiln.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Page URLs need no escaping (file names with spaces, colons or `#?%` get `-`); asset links are percent-encoded. */
class UrlMapperTest {
    @Test
    void pageUrlsHoldNothingToEscape() {
        assertEquals("my-page.html", UrlMapper.urlFor("my page.md", ""));
        assertEquals("Note--draft.html", UrlMapper.urlFor("Note: draft.md", ""), "a colon would read as a URL scheme");
        assertEquals("a-b-c-.html", UrlMapper.urlFor("a#b?c%.md", ""));
        assertEquals("数据/页.html", UrlMapper.urlFor("数据/页.md", ""), "letters of any script stay");
        assertEquals("my-folder/index.html", UrlMapper.urlFor("my folder/index.md", ""));
    }

    @Test
    void assetLinksArePercentEncoded() {
        assertEquals("my%20photo.png", UrlMapper.href("my photo.png"));
        assertEquals("a%3Ab%23c%3F.pdf", UrlMapper.href("a:b#c?.pdf"));
        assertEquals("图/猫.png", UrlMapper.href("图/猫.png"));
    }
}
