package server_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/newsgraph/newsgraph/internal/server"
)

// chromiumPath is Debian's chromium, which .ci/run installs.
const chromiumPath = "/usr/bin/chromium"

// chromium returns the browser to drive: $NEWSGRAPH_CHROMIUM when set,
// else Debian's chromium. When it is missing the test is skipped, except
// in CI (NEWSGRAPH_CI=1), where it fails.
func chromium(t *testing.T) string {
	t.Helper()
	path := os.Getenv("NEWSGRAPH_CHROMIUM")
	if path == "" {
		path = chromiumPath
		if _, err := os.Stat(path); err != nil {
			if p, err := exec.LookPath("chromium"); err == nil {
				path = p
			}
		}
	}
	if _, err := os.Stat(path); err != nil {
		msg := "chromium not found at " + path + ": install Debian's chromium (apt-get install chromium) to run the browser test"
		if os.Getenv("NEWSGRAPH_CI") == "1" {
			t.Fatal(msg + " (NEWSGRAPH_CI=1: the browser test is required in CI)")
		}
		t.Skip(msg)
	}
	return path
}

// TestPageInBrowser drives the page in headless Chromium against a server
// on a store of examples/: it searches an entity, clicks a node of the
// diagram, checks the evidence panel shows the right sentence, and runs a
// Gizmo query in the console. The page must not ask any other host for
// anything, nor throw.
func TestPageInBrowser(t *testing.T) {
	exe := chromium(t)
	ts, _ := newTestServer(t, server.Config{QueryTimeout: 20 * time.Second})

	alloc, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(exe),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 1000),
	)
	defer cancel()
	var mu sync.Mutex
	var requests, exceptions []string
	listen := func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			requests = append(requests, e.Request.URL)
		case *runtime.EventExceptionThrown:
			d := e.ExceptionDetails
			msg := d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			exceptions = append(exceptions, fmt.Sprintf("%s (%s:%d)", msg, d.URL, d.LineNumber+1))
		}
	}
	ctx, cancel := chromedp.NewContext(alloc, chromedp.WithErrorf(t.Logf), chromedp.WithListener(listen))
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	const (
		lavrov  = `#diagram g.node[data-id="person/sergey_lavrov"]`
		karasin = `#diagram g.node[data-id="person/grigory_karasin"]`
		// Karasin's edge to Lavrov, as Karasin's panel shows it (Lavrov's
		// panel shows the same edge with Karasin as the other end).
		deputyEdge = `#edges li.edge[data-predicate="deputy_of"][data-other="person/sergey_lavrov"]`
		gizmo      = `g.V().Has("<name>", "Grigory Karasin").Out("<deputy_of>").Out("<name>").All()`
	)
	do := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			page, _ := chromedp.Run(ctx, chromedp.OuterHTML(chromedp.CSS("body")))
			t.Fatalf("%s: %v\npage:\n%.3000s", what, err, page)
		}
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}
	do("load the page",
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS(`#diagram svg g.node`)),
	)
	do("search Lavrov and pick the suggestion",
		chromedp.SendKeys(chromedp.CSS(`#search`), "Lavr"),
		chromedp.WaitVisible(chromedp.CSS(`#suggestions li[data-id="person/sergey_lavrov"]`)),
		chromedp.Click(chromedp.CSS(`#suggestions li[data-id="person/sergey_lavrov"]`)),
		chromedp.WaitVisible(chromedp.CSS(lavrov+`.focus`)),
		chromedp.WaitVisible(chromedp.CSS(karasin)),
	)
	do("click Karasin's node",
		chromedp.Click(chromedp.CSS(karasin+` text`)),
		chromedp.WaitVisible(chromedp.CSS(karasin+`.focus`)),
		chromedp.WaitVisible(chromedp.CSS(deputyEdge+` .sentence`)),
	)
	name, sentence, source := text(`#entity-name`), text(deputyEdge+` .sentence`), text(deputyEdge+` .source`)
	if !strings.HasPrefix(name, "Grigory Karasin") {
		t.Errorf("panel: got %q, want Grigory Karasin", name)
	}
	if sentence != karasinSentence {
		t.Errorf("evidence: got %q, want %q", sentence, karasinSentence)
	}
	for _, want := range []string{"Foreign ministers meet in Berlin", "diplomacy-talks.txt", "1658–1813", "confidence 0.85"} {
		if !strings.Contains(source, want) {
			t.Errorf("evidence source %q lacks %q", source, want)
		}
	}
	png, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS(`#dl-png`), "href"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(png.Value, "format=png") || !strings.Contains(png.Value, "focus=person%2Fgrigory_karasin") {
		t.Errorf("PNG download: got %q, want the current view", png.Value)
	}
	do("run a Gizmo query in the console",
		chromedp.SetValue(chromedp.CSS(`#console-query`), gizmo),
		chromedp.Click(chromedp.CSS(`#console-run`)),
		chromedp.WaitVisible(chromedp.CSS(`#console-results table tbody tr`)),
	)
	rows, err := chromedp.Run(ctx, chromedp.Evaluate[[][]string](`[...document.querySelectorAll("#console-results table tr")].map(tr => [...tr.children].map(c => c.textContent))`))
	if err != nil {
		t.Fatal(err)
	}
	if want := [][]string{{"id"}, {"Sergey Lavrov"}}; !reflect.DeepEqual(rows, want) {
		t.Errorf("console table: got %q, want %q", rows, want)
	}

	mu.Lock()
	defer mu.Unlock()
	for _, u := range requests {
		if !strings.HasPrefix(u, ts.URL+"/") && !strings.HasPrefix(u, "data:") {
			t.Errorf("the page asked another host: %s", u)
		}
	}
	if len(requests) == 0 {
		t.Error("no requests seen")
	}
	for _, e := range exceptions {
		t.Errorf("the page threw: %s", e)
	}
}
