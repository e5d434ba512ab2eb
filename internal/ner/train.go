package ner

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"sync"
	"time"
)

// TrainOptions configure Train.
type TrainOptions struct {
	// Train is the training data in CoNLL format (token first, IOB1 or
	// IOB2 tag last).
	Train io.Reader
	// Dev is the development data, scored after every epoch; the weights
	// of the best epoch are kept. Without it the last epoch is kept.
	Dev io.Reader
	// Epochs is the number of passes over the training data (default 12).
	Epochs int
	// Seed seeds the order in which documents are visited. The same data
	// and seed give the same model.
	Seed uint64
	// Unlabeled are text files whose words, with those of the training
	// data, are clustered (see BuildClusters) for cluster features.
	Unlabeled []string
	// Clusters, if not nil, are used instead of clustering Unlabeled.
	Clusters *Clusters
	// OneStage trains the first stage only: a smaller, faster model
	// without the second, document-level stage.
	OneStage bool
	// Ensemble is the number of perceptrons trained on the data in
	// different orders and averaged (default 8).
	Ensemble int
	// Folds is the number of cross-validation folds that produce the
	// first-stage output the second stage learns from (default 10).
	Folds int
	// Progress, if not nil, receives a line per epoch.
	Progress io.Writer
}

// trainSent is a training or development sentence with its features.
type trainSent struct {
	doc   int
	info  sentInfo
	gold  []uint8 // BILOU states
	feats []int32 // static feature indices, token by token
	off   []int32 // feats[off[i]:off[i+1]] are token i's
}

// trainer holds what the perceptrons of one stage share: the feature
// index, the gazetteer and case forms of the training data.
type trainer struct {
	index    map[uint64]int32
	res      *resources
	gaz      *gazetteer
	truecase map[uint64]caseForm
}

// perceptron is one averaged perceptron.
type perceptron struct {
	w      []float32 // feature*numStates + state
	u      []float64 // running sums for averaging
	trans  []float32 // (numStates+1)*numStates
	transU []float64
	c      float64 // update counter
}

func newPerceptron(features int) *perceptron {
	return &perceptron{
		w:      make([]float32, features*numStates),
		u:      make([]float64, features*numStates),
		trans:  make([]float32, (numStates+1)*numStates),
		transU: make([]float64, (numStates+1)*numStates),
	}
}

func newTrainer(res *resources) *trainer {
	return &trainer{index: make(map[uint64]int32), res: res}
}

// resources are what the trainers of all stages share: word clusters and
// the lexicon's classes and names.
type resources struct {
	clusters  *Clusters
	lexNames  *gazetteer
	lexTitles *gazetteer
	lexWords  []string
	lexCache  map[string]uint8
	known     map[string]bool // the model's vocabulary
}

func newResources(clusters *Clusters) *resources {
	r := &resources{clusters: clusters, lexCache: make(map[string]uint8)}
	r.lexNames, r.lexTitles, r.lexWords = lexiconGazetteers()
	return r
}

// annotate sets the cluster and lexicon features of t. A model knows
// lexicon classes for the words of its vocabulary only.
func (r *resources) annotate(t *tokInfo) {
	r.clusters.annotate(t)
	t.lex = 0
	if r.known != nil && !r.known[t.w] {
		return
	}
	c, ok := r.lexCache[t.w]
	if !ok {
		c = lexClasses(t.w)
		r.lexCache[t.w] = c
	}
	t.lex = c
}

// caseForm returns the form of the word with lower-case hash hL in
// running text: the document's, else the training data's.
func (tr *trainer) caseForm(hL uint64, doc map[uint64]caseForm) (string, bool) {
	if f, ok := doc[hL]; ok {
		return f.w, true
	}
	if f, ok := tr.truecase[hL]; ok {
		return f.w, true
	}
	return "", false
}

func (tr *trainer) featureIndex(h uint64, grow bool) int32 {
	if i, ok := tr.index[h]; ok {
		return i
	}
	if !grow {
		return -1
	}
	i := int32(len(tr.index))
	tr.index[h] = i
	return i
}

// Train trains a model on opts.Train with an averaged perceptron and
// keeps, for each stage, the weights of the epoch with the best
// development F1.
func Train(ctx context.Context, opts TrainOptions) (*Model, error) {
	if opts.Train == nil {
		return nil, errors.New("ner: train: no training data")
	}
	if opts.Epochs <= 0 {
		opts.Epochs = 12
	}
	if opts.Folds <= 1 {
		opts.Folds = 10
	}
	if opts.Ensemble <= 0 {
		opts.Ensemble = 8
	}
	progress := opts.Progress
	if progress == nil {
		progress = io.Discard
	}
	trainDocs, err := ReadCoNLL(opts.Train)
	if err != nil {
		return nil, fmt.Errorf("ner: train: %w", err)
	}
	if len(trainDocs) == 0 {
		return nil, errors.New("ner: train: no sentences")
	}
	var devDocs []Document
	if opts.Dev != nil {
		if devDocs, err = ReadCoNLL(opts.Dev); err != nil {
			return nil, fmt.Errorf("ner: dev: %w", err)
		}
	}
	start := time.Now()
	if opts.Clusters == nil && len(opts.Unlabeled) > 0 {
		texts, err := ReadUnlabeled(opts.Unlabeled)
		if err != nil {
			return nil, err
		}
		for d := range trainDocs {
			for s := range trainDocs[d].Sentences {
				texts = append(texts, trainDocs[d].Sentences[s].Words)
			}
		}
		fmt.Fprintf(progress, "clustering the words of %d texts:\n", len(texts))
		opts.Clusters, err = BuildClusters(ctx, texts, ClusterOptions{Progress: progress})
		if err != nil {
			return nil, fmt.Errorf("ner: %w", err)
		}
		fmt.Fprintf(progress, "clustered %d words (%.1fs)\n", opts.Clusters.Len(), time.Since(start).Seconds())
	}

	res := newResources(opts.Clusters)
	vocab := vocabulary(trainDocs, res)
	res.known = make(map[string]bool, len(vocab))
	for _, w := range vocab {
		res.known[w] = true
	}
	fmt.Fprintf(progress, "stage 1:\n")
	s1, err := fit(ctx, res, trainDocs, devDocs, nil, nil, opts, opts.Epochs, progress)
	if err != nil {
		return nil, err
	}
	m := newModel(trainDocs, s1.tr, res)
	m.stages = append(m.stages, m.compile(s1.tr, s1.w, s1.trans))
	if opts.OneStage {
		return finish(ctx, m, devDocs, start, progress)
	}

	// First-stage output on the training data, each fold tagged by a
	// model trained on the other folds for as many epochs as the best.
	fmt.Fprintf(progress, "stage 1 on %d folds, %d epochs each:\n", opts.Folds, s1.epoch)
	trainStates := make([][][]uint8, len(trainDocs))
	for k := 0; k < opts.Folds; k++ {
		var in, out []Document
		var outIdx []int
		for d := range trainDocs {
			if d%opts.Folds == k {
				out = append(out, trainDocs[d])
				outIdx = append(outIdx, d)
			} else {
				in = append(in, trainDocs[d])
			}
		}
		f, err := fit(ctx, res, in, nil, nil, nil, opts, s1.epoch, io.Discard)
		if err != nil {
			return nil, err
		}
		sents, err := f.tr.prepare(out, false, nil)
		if err != nil {
			return nil, fmt.Errorf("ner: train: %w", err)
		}
		states := f.tr.predict(sents, f.w, f.trans)
		for i, st := range states {
			d := outIdx[sents[i].doc]
			trainStates[d] = append(trainStates[d], st)
		}
		fmt.Fprintf(progress, "fold %d: %d documents (%.1fs)\n", k+1, len(out), time.Since(start).Seconds())
	}
	var devStates [][][]uint8
	if len(devDocs) > 0 {
		devStates = make([][][]uint8, len(devDocs))
		for i, st := range s1.tr.predict(s1.dev, s1.w, s1.trans) {
			d := s1.dev[i].doc
			devStates[d] = append(devStates[d], st)
		}
	}
	fmt.Fprintf(progress, "stage 2:\n")
	s2, err := fit(ctx, res, trainDocs, devDocs, trainStates, devStates, opts, opts.Epochs, progress)
	if err != nil {
		return nil, err
	}
	m.stages = append(m.stages, m.compile(s2.tr, s2.w, s2.trans))
	return finish(ctx, m, devDocs, start, progress)
}

// finish reports the training time and the development scores of the
// model as it will be used: quantised weights, run-time decoder.
func finish(ctx context.Context, m *Model, devDocs []Document, start time.Time, progress io.Writer) (*Model, error) {
	fmt.Fprintf(progress, "trained in %.1fs\n", time.Since(start).Seconds())
	if len(devDocs) > 0 {
		s, err := evaluateDocuments(ctx, m, devDocs)
		if err != nil {
			return nil, fmt.Errorf("ner: dev: %w", err)
		}
		fmt.Fprintf(progress, "model: dev F1 %.2f (P %.2f R %.2f)\n", 100*s.Overall.F1(), 100*s.Overall.Precision(), 100*s.Overall.Recall())
	}
	return m, nil
}

// fitted is a trained stage: the trainer and the weights kept.
type fitted struct {
	tr       *trainer
	w, trans []float32
	epoch    int
	dev      []trainSent
}

// fit trains one stage for the given number of epochs. With stage-one
// states (by document, sentence, token) it trains the second stage.
func fit(ctx context.Context, res *resources, trainDocs, devDocs []Document, trainStates, devStates [][][]uint8, opts TrainOptions, epochs int, progress io.Writer) (*fitted, error) {
	start := time.Now()
	tr := newTrainer(res)
	train, err := tr.prepare(trainDocs, true, trainStates)
	if err != nil {
		return nil, fmt.Errorf("ner: train: %w", err)
	}
	dev, err := tr.prepare(devDocs, false, devStates)
	if err != nil {
		return nil, fmt.Errorf("ner: dev: %w", err)
	}
	fmt.Fprintf(progress, "%d training sentences, %d dev sentences, %d features (%.1fs)\n",
		len(train), len(dev), len(tr.index), time.Since(start).Seconds())

	// Sentences grouped by document, for shuffling whole documents.
	var docStart []int
	for i := range train {
		if i == 0 || train[i].doc != train[i-1].doc {
			docStart = append(docStart, i)
		}
	}
	docStart = append(docStart, len(train))

	// Several perceptrons learn from the data in different orders; the
	// model is the mean of their averaged weights, which varies less
	// with the order than one perceptron does.
	runs := make([]*ensembleRun, opts.Ensemble)
	for k := range runs {
		r := &ensembleRun{p: newPerceptron(len(tr.index)), order: make([]int, len(docStart)-1)}
		for i := range r.order {
			r.order[i] = i
		}
		r.rng = rand.New(rand.NewPCG(opts.Seed+uint64(k), 0x6e6572))
		runs[k] = r
	}

	best := &fitted{tr: tr, dev: dev}
	bestF1 := -1.0
	for epoch := 1; epoch <= epochs; epoch++ {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("ner: train: %w", err)
		}
		t0 := time.Now()
		var wg sync.WaitGroup
		sem := make(chan struct{}, 2) // the machine this is tuned for has two cores
		for _, r := range runs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				sem <- struct{}{}
				defer func() { <-sem }()
				r.epoch(tr, train, docStart)
			}()
		}
		wg.Wait()
		avgW := make([]float32, len(tr.index)*numStates)
		avgT := make([]float32, (numStates+1)*numStates)
		mistakes, tokens := 0, 0
		for _, r := range runs {
			r.p.addAveraged(avgW, avgT, 1/float64(len(runs)))
			mistakes += r.mistakes
			tokens += r.tokens
		}
		line := fmt.Sprintf("epoch %2d: %5.2f%% token errors", epoch, 100*float64(mistakes)/float64(tokens))
		f1 := 0.0
		if len(dev) > 0 {
			score, err := tr.score(devDocs, dev, avgW, avgT)
			if err != nil {
				return nil, fmt.Errorf("ner: dev: %w", err)
			}
			f1 = score.Overall.F1()
			line += fmt.Sprintf(", dev F1 %.2f (P %.2f R %.2f)", 100*f1, 100*score.Overall.Precision(), 100*score.Overall.Recall())
		}
		fmt.Fprintf(progress, "%s, %.1fs\n", line, time.Since(t0).Seconds())
		if len(dev) == 0 || f1 > bestF1 {
			bestF1 = f1
			best.w, best.trans, best.epoch = avgW, avgT, epoch
		}
	}
	if len(dev) > 0 {
		fmt.Fprintf(progress, "best epoch %d: dev F1 %.2f\n", best.epoch, 100*bestF1)
	}
	return best, nil
}

// ensembleRun is one perceptron of a stage and the order it visits the
// training documents in.
type ensembleRun struct {
	p        *perceptron
	rng      *rand.Rand
	order    []int
	mistakes int
	tokens   int
	sc       scratch[float32]
	hist     history
	dyn      dynFeats
}

// epoch makes one pass over the training sentences, documents shuffled,
// sentences of a document in order.
func (r *ensembleRun) epoch(tr *trainer, train []trainSent, docStart []int) {
	r.rng.Shuffle(len(r.order), func(i, j int) { r.order[i], r.order[j] = r.order[j], r.order[i] })
	r.mistakes, r.tokens = 0, 0
	for _, d := range r.order {
		r.hist.reset()
		for s := docStart[d]; s < docStart[d+1]; s++ {
			ts := &train[s]
			tr.dynamic(ts, &r.hist, false, &r.dyn)
			r.mistakes += r.p.learn(ts, &r.dyn, &r.sc)
			r.tokens += len(ts.gold)
			r.hist.update(ts.info.toks, r.sc.out)
		}
	}
}

// prepare featurises the sentences of docs. Training sentences get their
// gazetteer features from the names of the other folds' documents
// (jack-knifing), so that the model does not learn to trust a gazetteer
// that always knows the answer; new features grow the index only for
// training data. With first-stage states, the second-stage features are
// added.
func (tr *trainer) prepare(docs []Document, training bool, states [][][]uint8) ([]trainSent, error) {
	var out []trainSent
	if training {
		// The history features, which appear while training.
		for _, h := range allHistoryFeatures() {
			tr.featureIndex(h, true)
		}
	}
	for d := range docs {
		for s := range docs[d].Sentences {
			sent := &docs[d].Sentences[s]
			labels, err := labelsOf(sent, -1)
			if err != nil {
				return nil, err
			}
			ts := trainSent{doc: d, gold: encodeStates(labels, nil)}
			ts.info.toks = make([]tokInfo, len(sent.Words))
			for i, w := range sent.Words {
				ts.info.toks[i].setWord(w)
				tr.res.annotate(&ts.info.toks[i])
			}
			ts.info.caps = sentenceCaps(ts.info.toks)
			out = append(out, ts)
		}
	}
	// Headline words take the case of running text.
	var counter caseCounter
	if training {
		for i := range out {
			counter.add(out[i].info.toks, out[i].info.caps)
		}
		tr.truecase = make(map[uint64]caseForm)
		counter.best(tr.truecase)
	}
	docForms := make(map[uint64]caseForm)
	for i := 0; i < len(out); {
		j := i
		counter.reset()
		for ; j < len(out) && out[j].doc == out[i].doc; j++ {
			counter.add(out[j].info.toks, out[j].info.caps)
		}
		clear(docForms)
		counter.best(docForms)
		for ; i < j; i++ {
			if !out[i].info.caps {
				continue
			}
			for k := range out[i].info.toks {
				t := &out[i].info.toks[k]
				if form, ok := tr.caseForm(t.hL, docForms); ok && form != t.w {
					t.setWord(form)
					tr.res.annotate(t)
				}
			}
		}
	}
	var gazFor func(doc int) *gazetteer
	if training {
		const folds = 10
		all := newGazetteer()
		byFold := make([]*gazetteer, folds)
		for f := range byFold {
			byFold[f] = newGazetteer()
		}
		var hw []uint64
		for i := range out {
			ts := &out[i]
			labels := decodeStates(ts.gold, nil)
			for _, sp := range Spans(labels, nil) {
				hw = hw[:0]
				for k := sp.Start; k < sp.End; k++ {
					hw = append(hw, ts.info.toks[k].hW)
				}
				all.add(hw, sp.Type)
				for f := range byFold {
					if ts.doc%folds != f {
						byFold[f].add(hw, sp.Type)
					}
				}
			}
		}
		tr.gaz = all
		gazFor = func(doc int) *gazetteer { return byFold[doc%folds] }
	} else {
		gazFor = func(int) *gazetteer { return tr.gaz }
	}
	var (
		hs  []uint64
		agg aggregate
	)
	sentOf := 0 // sentence number within its document
	for i := range out {
		ts := &out[i]
		if states != nil && (i == 0 || ts.doc != out[i-1].doc) {
			agg.reset()
			for j := i; j < len(out) && out[j].doc == ts.doc; j++ {
				agg.add(out[j].info.toks, states[ts.doc][j-i])
			}
			sentOf = 0
		}
		g := gazFor(ts.doc)
		g.annotate(ts.info.toks)
		ts.info.gaz = make([]uint32, len(ts.info.toks))
		g.match(ts.info.toks, ts.info.gaz, -1)
		ts.info.lex = make([]uint32, len(ts.info.toks))
		tr.res.lexNames.match(ts.info.toks, ts.info.lex, -1)
		tr.res.lexTitles.match(ts.info.toks, ts.info.lex, -1)
		ts.off = make([]int32, 0, len(ts.info.toks)+1)
		for k := range ts.info.toks {
			ts.off = append(ts.off, int32(len(ts.feats)))
			hs = appendTokenFeatures(hs[:0], &ts.info, k)
			if states != nil {
				hs = appendStackFeatures(hs, &agg, ts.info.toks, states[ts.doc][sentOf], k)
			}
			for _, h := range hs {
				if f := tr.featureIndex(h, training); f >= 0 {
					ts.feats = append(ts.feats, f)
				}
			}
		}
		ts.off = append(ts.off, int32(len(ts.feats)))
		sentOf++
	}
	return out, nil
}

// appendTokenFeatures appends the first-stage features of token i but
// the history.
func appendTokenFeatures(dst []uint64, s *sentInfo, i int) []uint64 {
	for off := -maxWindow; off <= maxWindow; off++ {
		dst = appendWordFeatures(dst, s.at(i+off), off)
	}
	return appendContextFeatures(dst, s, i)
}

// scratch is reusable decoding memory.
type scratch[T score] struct {
	em    []T
	back  []uint8
	out   []uint8
	delta [2][numStates]T
}

func (sc *scratch[T]) size(n int) {
	if cap(sc.em) < n*numStates {
		sc.em = make([]T, n*numStates*2)
		sc.back = make([]uint8, n*numStates*2)
		sc.out = make([]uint8, n*2)
	}
	sc.em = sc.em[:n*numStates]
	sc.back = sc.back[:n*numStates]
	sc.out = sc.out[:n]
}

// dynFeats are the features of a sentence that depend on the tags given
// to the sentences before it.
type dynFeats struct {
	hs    []uint64
	feats []int32
	off   []int32
}

// dynamic computes the history features of ts.
func (tr *trainer) dynamic(ts *trainSent, h *history, grow bool, d *dynFeats) {
	d.feats, d.off = d.feats[:0], d.off[:0]
	for i := range ts.info.toks {
		d.off = append(d.off, int32(len(d.feats)))
		d.hs = h.appendFeatures(d.hs[:0], &ts.info.toks[i])
		for _, h := range d.hs {
			if f := tr.featureIndex(h, grow); f >= 0 {
				d.feats = append(d.feats, f)
			}
		}
	}
	d.off = append(d.off, int32(len(d.feats)))
}

// tokenFeats returns the static and dynamic features of token i.
func tokenFeats(ts *trainSent, d *dynFeats, i int) (a, b []int32) {
	return ts.feats[ts.off[i]:ts.off[i+1]], d.feats[d.off[i]:d.off[i+1]]
}

// decode tags ts with weights w and transitions trans into sc.out.
func decode(ts *trainSent, d *dynFeats, w, trans []float32, sc *scratch[float32]) {
	n := len(ts.gold)
	sc.size(n)
	clear(sc.em)
	for i := 0; i < n; i++ {
		e := sc.em[i*numStates : (i+1)*numStates]
		a, b := tokenFeats(ts, d, i)
		for _, fs := range [2][]int32{a, b} {
			for _, f := range fs {
				row := w[int(f)*numStates : int(f)*numStates+numStates]
				for s := range e {
					e[s] += row[s]
				}
			}
		}
	}
	forbidPER(ts.info.toks, sc.em)
	viterbi(sc.em, trans, sc.out, sc.back, &sc.delta)
}

// learn decodes ts with the current weights and, where the result differs
// from the gold states, moves the weights towards gold. It returns the
// number of wrong tokens.
func (p *perceptron) learn(ts *trainSent, d *dynFeats, sc *scratch[float32]) int {
	p.c++
	decode(ts, d, p.w, p.trans, sc)
	wrong := 0
	c := p.c
	for i, g := range ts.gold {
		q := sc.out[i]
		if q != g {
			wrong++
			a, b := tokenFeats(ts, d, i)
			for _, fs := range [2][]int32{a, b} {
				for _, f := range fs {
					k := int(f) * numStates
					p.w[k+int(g)]++
					p.u[k+int(g)] += c
					p.w[k+int(q)]--
					p.u[k+int(q)] -= c
				}
			}
		}
		gp, qp := numStates, numStates
		if i > 0 {
			gp, qp = int(ts.gold[i-1]), int(sc.out[i-1])
		}
		if gp != qp || g != q {
			p.trans[gp*numStates+int(g)]++
			p.transU[gp*numStates+int(g)] += c
			p.trans[qp*numStates+int(q)]--
			p.transU[qp*numStates+int(q)] -= c
		}
	}
	return wrong
}

// addAveraged adds the averaged weights, times scale, to w and trans.
func (p *perceptron) addAveraged(w, trans []float32, scale float64) {
	c := p.c + 1
	for i, v := range p.w {
		w[i] += float32(scale * (float64(v) - p.u[i]/c))
	}
	for i, v := range p.trans {
		trans[i] += float32(scale * (float64(v) - p.transU[i]/c))
	}
}

// predict tags prepared sentences, in document order, with weights w.
func (tr *trainer) predict(sents []trainSent, w, trans []float32) [][]uint8 {
	out := make([][]uint8, len(sents))
	var (
		hist history
		dyn  dynFeats
		sc   scratch[float32]
	)
	for i := range sents {
		if i == 0 || sents[i].doc != sents[i-1].doc {
			hist.reset()
		}
		tr.dynamic(&sents[i], &hist, false, &dyn)
		decode(&sents[i], &dyn, w, trans, &sc)
		out[i] = slices.Clone(sc.out)
		hist.update(sents[i].info.toks, sc.out)
	}
	return out
}

// score tags the prepared dev sentences with weights w and scores them.
func (tr *trainer) score(docs []Document, dev []trainSent, w, trans []float32) (*Score, error) {
	states := tr.predict(dev, w, trans)
	idx := make([][]int, len(docs))
	for i := range dev {
		idx[dev[i].doc] = append(idx[dev[i].doc], i)
	}
	return scoreDocuments(docs, -1, func(d, s int) []Label {
		return decodeStates(states[idx[d][s]], nil)
	})
}

// vocabulary returns the words of docs, clusters and lexicon names,
// sorted.
func vocabulary(docs []Document, res *resources) []string {
	seen := make(map[string]bool)
	for d := range docs {
		for s := range docs[d].Sentences {
			for _, w := range docs[d].Sentences[s].Words {
				seen[w] = true
			}
		}
	}
	for _, w := range res.clusters.words() {
		seen[w] = true
	}
	for _, w := range res.lexWords {
		seen[w] = true
	}
	out := make([]string, 0, len(seen))
	for w := range seen {
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}
