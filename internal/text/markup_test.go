package text_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/text"
)

const page = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Talks in Geneva | Example News</title>
  <style>body { font: 12px sans-serif; }</style>
  <script>window.dataLayer = [{"page": "Putin met Obama"}];</script>
</head>
<body>
  <header class="site-header"><a href="/">Example News</a></header>
  <nav><ul><li><a href="/world">World</a></li><li><a href="/europe">Europe</a></li></ul></nav>
  <div class="breadcrumbs">Home &gt; World</div>
  <article>
    <h1>Ministers meet in Geneva</h1>
    <p class="byline">By A. Reporter</p>
    <p>Russian Foreign Minister Sergey&nbsp;Lavrov met with Antony Blinken,
       the U.S. secretary of state, in <b>Geneva</b> on Friday.</p>
    <!-- an ad was here -->
    <script>track("Lavrov met Kerry")</script>
    <figure><img src="x.jpg" alt="Lavrov and Blinken"><figcaption>Lavrov &amp; Blinken.</figcaption></figure>
    <p>Lavrov's deputy, Alexander Grushko, said:<br>&ldquo;The talks will go on.&rdquo;</p>
    <aside class="related"><a href="/1">Putin visits Minsk</a></aside>
    <ul><li>First point.</li><li>Second point.</li></ul>
    <pre>  kept
  as is</pre>
  </article>
  <div role="navigation">Next story</div>
  <footer>Copyright Example News</footer>
</body>
</html>
`

func TestHTML(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"article page", page, `Ministers meet in Geneva

By A. Reporter

Russian Foreign Minister Sergey Lavrov met with Antony Blinken, the U.S. secretary of state, in Geneva on Friday.

Lavrov & Blinken.

Lavrov's deputy, Alexander Grushko, said:
“The talks will go on.”

First point.

Second point.

  kept
  as is
`},
		{"page without an article", `<html><head><title>x</title></head><body><nav>Menu</nav><div id="main-nav">Links</div>
<h2>Headline</h2><p>One.<p>Two <i>words</i>.<div hidden>Hidden.</div><p aria-hidden="true">Also hidden.</p><table><tr><td>A</td><td>B</td></tr></table></body></html>`,
			"Headline\n\nOne.\n\nTwo words.\n\nA\n\nB\n"},
		{"head without its end tag", `<html><head><title>Dropped</title><body><p>Putin spoke.`, "Putin spoke.\n"},
		{"article only in a script", `<html><body><p>Putin spoke.</p><script>var s = "<article>";</script></body></html>`, "Putin spoke.\n"},
		{"unclosed tags and stray brackets", `<p>a < b and c > d<p>e &amp f &#8212; g &#x41;`, "a < b and c > d\n\ne & f — g A\n"},
		{"svg and math dropped", `<p>Before.<svg><text>Plot</text></svg> After.<math><mi>x</mi></math></p>`, "Before. After.\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := text.FromBytes("page.html", []byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != tc.want {
				t.Errorf("got\n%s\nwant\n%s", doc.Text, tc.want)
			}
			if doc.Format != text.HTML {
				t.Errorf("format %q, want html", doc.Format)
			}
		})
	}
	doc, _ := text.FromBytes("page.html", []byte(page))
	if got := doc.Title(); got != "Ministers meet in Geneva" {
		t.Errorf("title %q", got)
	}
}

func TestMarkdown(t *testing.T) {
	in := `---
title: Front matter is dropped
---
# Ministers meet in Geneva #

Russian Foreign Minister **Sergey Lavrov** met with [Antony Blinken](https://state.gov "Blinken"),
the _U.S._ secretary of state, in Geneva.

![a photo of Lavrov](lavrov.jpg)

> Lavrov's deputy, Alexander Grushko, said the talks would go on.

` + "```go\nfmt.Println(\"Putin met Obama\")\n```" + `

Setext heading
--------------

* First point with ` + "`code`" + `.
* Second point, \*not\* emphasis, snake_case_name.
1. Numbered &amp; escaped.

| Country | Leader |
|---------|--------|
| Russia  | Putin  |

***

[ref]: https://example.org
<div class="x">Inline <em>HTML</em> tags.</div>
`
	want := `Ministers meet in Geneva

Russian Foreign Minister Sergey Lavrov met with Antony Blinken,
the U.S. secretary of state, in Geneva.

Lavrov's deputy, Alexander Grushko, said the talks would go on.

Setext heading

First point with code.

Second point, *not* emphasis, snake_case_name.

Numbered & escaped.

Country; Leader

Russia; Putin

Inline HTML tags.
`
	doc, err := text.FromBytes("a.md", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != want {
		t.Errorf("got\n%s\nwant\n%s", doc.Text, want)
	}
	if doc.Format != text.Markdown {
		t.Errorf("format %q", doc.Format)
	}
	if _, err := text.FromBytes("a.md", []byte("```\ncode only\n```\n")); err == nil || !strings.Contains(err.Error(), "no text outside the markup") {
		t.Errorf("code only: got %v", err)
	}
}
