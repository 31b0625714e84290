package dev.kiln.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.TestSites;
import dev.kiln.pipeline.BuildResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A script kept as parts by concern is published as one, in one scope, and a part can be overridden alone. */
class ScriptPartsTest {
    @Test
    void partsAreGroupedByTheirFolderAndJoinedInNameOrder() {
        Set<String> assets = Set.of("assets/kiln.js", "assets/x.js.d/20-b.js", "assets/x.js.d/10-a.js", "assets/y.js.d/1.js", "assets/y.js");
        assertEquals(Map.of("assets/x.js", List.of("assets/x.js.d/10-a.js", "assets/x.js.d/20-b.js")), ScriptParts.groups(assets),
                "a whole assets/y.js wins over y's parts");
        assertEquals(Set.of("assets/kiln.js", "assets/x.js", "assets/y.js"), ScriptParts.published(assets));
    }

    @Test
    void theDemoWidgetIsPublishedAsOneScriptAndOnePartCanBeOverridden(@TempDir Path site) throws Exception {
        TestSites.create(site);
        TestSites.write(site, "content/index.md", "---\ntitle: T\n---\n\n```demo\ndata: {kind: uniform, samples: 20}\nmodel: [1]\nepochs: 5\n```\n");
        TestSites.write(site, "templates/assets/kiln-demo-ui.js.d/90-start.js", "window.__overridden = true;\n");
        BuildResult result = TestSites.build(site);
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
        Path out = site.resolve("out/assets");
        String script = Files.readString(out.resolve("kiln-demo-ui.js"));
        assertTrue(script.matches("(?s)/\\* kiln-demo-ui\\.js: joined by Kiln from \\d+ parts \\*/\n\\(function \\(\\) \\{\n\"use strict\";.*"), script.substring(0, 80));
        assertTrue(script.trim().endsWith("})();"));
        assertTrue(script.indexOf("---- 10-engine.js") < script.indexOf("---- 70-training.js"), "in name order");
        assertTrue(script.contains("window.__overridden = true;") && !script.contains("Kiln.demos.push(new Demo"), "the override replaced that part only");
        assertTrue(script.contains("function drawLoss"), "the other parts are the built-in ones");
        assertTrue(!Files.exists(out.resolve("kiln-demo-ui.js.d")), "the parts themselves are not published");
    }
}
