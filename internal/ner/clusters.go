package ner

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"math"
	"slices"
	"time"
)

// Clusters maps words to word clusters learnt from unlabeled text: each
// word has a cluster id at several granularities, coarse to fine, so that
// rare and unseen words share features with frequent words used alike
// ("Kommersant" with "Izvestia", "Qwest" with "Ameritech").
type Clusters struct {
	ids map[string][numClusterLevels]uint32
}

// Len returns the number of words with clusters.
func (c *Clusters) Len() int {
	if c == nil {
		return 0
	}
	return len(c.ids)
}

// annotate sets the cluster features of t; a nil c leaves it without.
func (c *Clusters) annotate(t *tokInfo) {
	t.clusterKnown = false
	if c == nil {
		return
	}
	ids, ok := c.ids[t.w]
	if !ok {
		return
	}
	t.clusterKnown = true
	for l, id := range ids {
		t.clusters[l] = clusterHash(l, id)
	}
}

// clusterHash is the feature value of cluster id at level l.
func clusterHash(l int, id uint32) uint64 {
	return mix(uint64(l)<<32 | uint64(id))
}

// ids16 returns the cluster ids of w, noCluster for none.
func (c *Clusters) ids16(w string) [numClusterLevels]uint16 {
	out := [numClusterLevels]uint16{noCluster, noCluster, noCluster, noCluster}
	if c == nil {
		return out
	}
	if ids, ok := c.ids[w]; ok {
		for l, id := range ids {
			out[l] = uint16(id)
		}
	}
	return out
}

// words returns the words of c.
func (c *Clusters) words() []string {
	if c == nil {
		return nil
	}
	out := make([]string, 0, len(c.ids))
	for w := range c.ids {
		out = append(out, w)
	}
	return out
}

// ClusterOptions configure BuildClusters.
type ClusterOptions struct {
	// Sizes are the numbers of clusters of the four granularities, each
	// a multiple of the one before (default 32, 128, 512, 1024).
	Sizes []int
	// MinCount is how often a word must occur to get a cluster (default
	// 3).
	MinCount int
	// Iterations is the most exchange passes over the vocabulary for
	// each level (default 10).
	Iterations int
	// Progress, if not nil, receives a line per level.
	Progress io.Writer
}

// BuildClusters clusters the words of the token sequences by the
// exchange algorithm (Kneser and Ney 1993, Martin et al. 1998): words move
// between a fixed number of classes to maximise the likelihood of a
// class bigram model of the text. The result depends only on the text and
// the options.
func BuildClusters(ctx context.Context, texts [][]string, opts ClusterOptions) (*Clusters, error) {
	sizes := opts.Sizes
	if len(sizes) == 0 {
		sizes = []int{32, 128, 512, 1024}
	}
	if len(sizes) != numClusterLevels {
		return nil, fmt.Errorf("clusters: want %d sizes, got %d", numClusterLevels, len(sizes))
	}
	for l, s := range sizes {
		if s < 2 || s >= noCluster || l > 0 && s%sizes[l-1] != 0 {
			return nil, fmt.Errorf("clusters: bad sizes %v: each must be a multiple of the one before", sizes)
		}
	}
	minCount := opts.MinCount
	if minCount <= 0 {
		minCount = 3
	}
	iters := opts.Iterations
	if iters <= 0 {
		iters = 10
	}
	progress := opts.Progress
	if progress == nil {
		progress = io.Discard
	}
	bg := newBigrams(texts, minCount)
	fmt.Fprintf(progress, "clusters: %d words, %d bigram types\n", len(bg.words), len(bg.succ))

	// Coarse levels (up to flatMax clusters) are clustered freely; each
	// finer level splits every cluster of the level above, words moving
	// only between the parts of their cluster, so that a fine level costs
	// little more than a coarse one. (Free exchange over 1024 clusters
	// takes minutes a pass and tagged no better.)
	classes := make([][]int32, len(sizes))
	var parent []int32
	for l, size := range sizes {
		t0 := time.Now()
		var err error
		if size <= flatMax {
			parent = nil
		}
		passes, ll := 0, 0.0
		classes[l], err = bg.exchange(ctx, size, iters, parent, sizes[max(l-1, 0)], func(it int, l float64, moved int) {
			passes, ll = it, l
		})
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(progress, "clusters %4d: %d passes, log-likelihood %.6g (%.1fs)\n", size, passes, ll, time.Since(t0).Seconds())
		parent = classes[l]
	}
	c := &Clusters{ids: make(map[string][numClusterLevels]uint32, len(bg.words))}
	for i, w := range bg.words {
		if w == "" {
			continue // rare words
		}
		var ids [numClusterLevels]uint32
		for l := range classes {
			ids[l] = uint32(classes[l][i])
		}
		c.ids[w] = ids
	}
	return c, nil
}

// bigrams are the word bigram counts of a text, words numbered by
// decreasing frequency; word 0 stands for all rare words.
type bigrams struct {
	words []string
	count []int64
	succ  []wordCount // successors of each word: succ[succOff[w]:succOff[w+1]]
	pred  []wordCount
	sOff  []int32
	pOff  []int32
}

type wordCount struct {
	w int32
	n int64
}

func newBigrams(texts [][]string, minCount int) *bigrams {
	freq := make(map[string]int64)
	for _, t := range texts {
		for _, w := range t {
			freq[w]++
		}
	}
	var words []string
	for w, n := range freq {
		if n >= int64(minCount) {
			words = append(words, w)
		}
	}
	slices.SortFunc(words, func(a, b string) int {
		if c := cmp.Compare(freq[b], freq[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	words = append([]string{""}, words...)
	id := make(map[string]int32, len(words))
	for i, w := range words[1:] {
		id[w] = int32(i + 1)
	}
	bg := &bigrams{words: words, count: make([]int64, len(words))}
	pairs := make(map[uint64]int64)
	for _, t := range texts {
		prev := int32(-1)
		for _, w := range t {
			cur := id[w]
			bg.count[cur]++
			if prev >= 0 {
				pairs[uint64(prev)<<32|uint64(cur)]++
			}
			prev = cur
		}
	}
	keys := make([]uint64, 0, len(pairs))
	for k := range pairs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	n := len(words)
	bg.sOff = make([]int32, n+1)
	bg.pOff = make([]int32, n+1)
	for _, k := range keys {
		bg.sOff[k>>32+1]++
		bg.pOff[k&0xffffffff+1]++
	}
	for i := 0; i < n; i++ {
		bg.sOff[i+1] += bg.sOff[i]
		bg.pOff[i+1] += bg.pOff[i]
	}
	bg.succ = make([]wordCount, len(keys))
	bg.pred = make([]wordCount, len(keys))
	sFill := slices.Clone(bg.sOff[:n])
	pFill := slices.Clone(bg.pOff[:n])
	for _, k := range keys {
		a, b := int32(k>>32), int32(k&0xffffffff)
		c := pairs[k]
		bg.succ[sFill[a]] = wordCount{b, c}
		sFill[a]++
		bg.pred[pFill[b]] = wordCount{a, c}
		pFill[b]++
	}
	return bg
}

// xlogx is x log x with a table for small x.
type xlogx []float64

func newXlogx(n int) xlogx {
	t := make(xlogx, n)
	for i := 1; i < n; i++ {
		t[i] = float64(i) * math.Log(float64(i))
	}
	return t
}

func (t xlogx) f(x int64) float64 {
	if x < int64(len(t)) {
		return t[x]
	}
	return float64(x) * math.Log(float64(x))
}

// exchange clusters the words into size classes and returns each word's
// class. With parent classes (of parentSize classes), class c is part k
// of parent c/k, k = size/parentSize, and words move only between the
// parts of their parent.
func (bg *bigrams) exchange(ctx context.Context, size, iters int, parent []int32, parentSize int, report func(int, float64, int)) ([]int32, error) {
	nw := len(bg.words)
	class := make([]int32, nw)
	k := size // classes a word may move between
	if parent == nil {
		for w := range class {
			class[w] = int32(w % size)
		}
	} else {
		k = size / parentSize
		seen := make([]int32, parentSize)
		for w := range class {
			p := parent[w]
			class[w] = p*int32(k) + seen[p]%int32(k)
			seen[p]++
		}
	}
	f := newXlogx(1 << 16)
	// Class bigram counts, row-major and transposed, and class counts as
	// left and right members of bigrams.
	cc := make([]int64, size*size)
	ct := make([]int64, size*size)
	left := make([]int64, size)
	right := make([]int64, size)
	wl := make([]int64, nw) // word count as a left member
	wr := make([]int64, nw)
	for a := 0; a < nw; a++ {
		for _, s := range bg.succ[bg.sOff[a]:bg.sOff[a+1]] {
			ca, cb := class[a], class[s.w]
			cc[int(ca)*size+int(cb)] += s.n
			ct[int(cb)*size+int(ca)] += s.n
			left[ca] += s.n
			right[cb] += s.n
			wl[a] += s.n
			wr[s.w] += s.n
		}
	}
	r := make([]int64, size) // bigrams (w, class c)
	l := make([]int64, size) // bigrams (class c, w)
	var tr, tl []int32       // classes touched in r and l
	for it := 1; it <= iters; it++ {
		moved := 0
		for w := 0; w < nw; w++ {
			if w&1023 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, fmt.Errorf("clusters: %w", err)
				}
			}
			a := class[w]
			var self int64
			tr, tl = tr[:0], tl[:0]
			for _, s := range bg.succ[bg.sOff[w]:bg.sOff[w+1]] {
				if int(s.w) == w {
					self = s.n
					continue
				}
				c := class[s.w]
				if r[c] == 0 {
					tr = append(tr, c)
				}
				r[c] += s.n
			}
			for _, p := range bg.pred[bg.pOff[w]:bg.pOff[w+1]] {
				if int(p.w) == w {
					continue
				}
				c := class[p.w]
				if l[c] == 0 {
					tl = append(tl, c)
				}
				l[c] += p.n
			}
			// Take w out of a.
			move := func(b int32, sign int64) {
				for _, c := range tr {
					cc[int(b)*size+int(c)] += sign * r[c]
					ct[int(c)*size+int(b)] += sign * r[c]
				}
				for _, c := range tl {
					cc[int(c)*size+int(b)] += sign * l[c]
					ct[int(b)*size+int(c)] += sign * l[c]
				}
				cc[int(b)*size+int(b)] += sign * self
				ct[int(b)*size+int(b)] += sign * self
				left[b] += sign * wl[w]
				right[b] += sign * wr[w]
			}
			move(a, -1)
			best, bestGain := a, math.Inf(-1)
			first := int(a) / k * k
			for b := first; b < first+k; b++ {
				row := cc[b*size : (b+1)*size]
				col := ct[b*size : (b+1)*size]
				g := 0.0
				for _, c := range tr {
					if int(c) != b {
						g += f.f(row[c]+r[c]) - f.f(row[c])
					}
				}
				for _, c := range tl {
					if int(c) != b {
						g += f.f(col[c]+l[c]) - f.f(col[c])
					}
				}
				g += f.f(row[b]+r[b]+l[b]+self) - f.f(row[b])
				g -= f.f(left[b]+wl[w]) - f.f(left[b])
				g -= f.f(right[b]+wr[w]) - f.f(right[b])
				if g > bestGain+1e-9 || g >= bestGain-1e-9 && int32(b) == a {
					best, bestGain = int32(b), g
				}
			}
			move(best, +1)
			if best != a {
				class[w] = best
				moved++
			}
			for _, c := range tr {
				r[c] = 0
			}
			for _, c := range tl {
				l[c] = 0
			}
		}
		ll := 0.0
		for _, v := range cc {
			ll += f.f(v)
		}
		for c := 0; c < size; c++ {
			ll -= f.f(left[c]) + f.f(right[c])
		}
		report(it, ll, moved)
		if moved == 0 {
			break
		}
	}
	return class, nil
}

// flatMax is the largest number of clusters found by free exchange;
// finer levels split the clusters of the level above.
const flatMax = 128
