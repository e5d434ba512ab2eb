package bench

import (
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// peak measures the most memory the process holds from startPeak to
// stop: the peak resident set (VmHWM in /proc/self/status, reset at the
// start through /proc/self/clear_refs; without /proc, getrusage's
// maximum, which cannot be reset) and the peak of its anonymous part
// (RssAnon: heap and stacks, not mapped files), sampled.
type peak struct {
	done chan struct{}
	anon chan int64
	// reset reports that VmHWM was reset: otherwise it is the process's
	// peak since it started.
	reset bool
}

func startPeak() *peak {
	// What earlier phases left on the heap is not this phase's.
	runtime.GC()
	debug.FreeOSMemory()
	p := &peak{done: make(chan struct{}), anon: make(chan int64, 1)}
	p.reset = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
	go func() {
		var top int64
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			if n := status("RssAnon:"); n > top {
				top = n
			}
			select {
			case <-p.done:
				p.anon <- top
				return
			case <-t.C:
			}
		}
	}()
	return p
}

// stop returns the peak resident set and the peak anonymous memory, in
// bytes.
func (p *peak) stop() (rss, anon int64) {
	close(p.done)
	anon = <-p.anon
	rss = status("VmHWM:")
	if rss == 0 {
		var ru syscall.Rusage
		if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
			rss = ru.Maxrss << 10
		}
	}
	return max(rss, anon), anon
}

// status returns a size in /proc/self/status, in bytes, 0 when unknown.
func status(key string) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, key); ok {
			f := strings.Fields(rest)
			if len(f) > 0 {
				kb, _ := strconv.ParseInt(f[0], 10, 64)
				return kb << 10
			}
		}
	}
	return 0
}
