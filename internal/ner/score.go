package ner

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
)

// Counts are the chunk counts of one entity type, or of all types.
type Counts struct {
	// Gold is the number of entities in the gold tags.
	Gold int
	// Guessed is the number of entities in the predicted tags.
	Guessed int
	// Correct is the number of predicted entities with exactly the span
	// and type of a gold entity.
	Correct int
}

// Precision returns Correct/Guessed, 0 when nothing was guessed.
func (c Counts) Precision() float64 {
	if c.Guessed == 0 {
		return 0
	}
	return float64(c.Correct) / float64(c.Guessed)
}

// Recall returns Correct/Gold, 0 when there is no gold entity.
func (c Counts) Recall() float64 {
	if c.Gold == 0 {
		return 0
	}
	return float64(c.Correct) / float64(c.Gold)
}

// F1 returns the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Score is the result of scoring predicted tags against gold tags, counted
// as the CoNLL shared task script conlleval counts: an entity is correct
// when its span and type match exactly; token accuracy counts every token
// line, -DOCSTART- lines included.
type Score struct {
	// Tokens is the number of token lines.
	Tokens int
	// CorrectTags is the number of token lines whose predicted tag equals
	// the gold tag.
	CorrectTags int
	// Overall counts the entities of all types.
	Overall Counts
	// ByType counts the entities of each type, by the type's name as
	// written in the tags.
	ByType map[string]*Counts
}

// Accuracy returns CorrectTags/Tokens.
func (s *Score) Accuracy() float64 {
	if s.Tokens == 0 {
		return 0
	}
	return float64(s.CorrectTags) / float64(s.Tokens)
}

// Types returns the entity type names of s, sorted.
func (s *Score) Types() []string {
	var names []string
	for k := range s.ByType {
		names = append(names, k)
	}
	slices.Sort(names)
	return names
}

// WriteTable writes s as a text table: one row a type, then the overall
// row, with entity counts, precision, recall and F1 in percent, and the
// token accuracy.
func (s *Score) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "type\tgold\tguessed\tcorrect\tprecision\trecall\tF1\t\n")
	row := func(name string, c Counts) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t\n", name, c.Gold, c.Guessed, c.Correct,
			100*c.Precision(), 100*c.Recall(), 100*c.F1())
	}
	for _, name := range s.Types() {
		row(name, *s.ByType[name])
	}
	row("overall", s.Overall)
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "tokens: %d, token accuracy: %.2f%%\n", s.Tokens, 100*s.Accuracy())
	return err
}

// Scorer counts entities as conlleval does, token by token. The zero
// value is ready to use.
type Scorer struct {
	score Score

	inCorrect                        bool
	lastCorrect, lastGuessed         string
	lastCorrectType, lastGuessedType string
}

// splitTag splits an IOB tag "B-PER" into its prefix "B" and type "PER"
// at the first hyphen, as conlleval does.
func splitTag(tag string) (prefix, typ string) {
	if p, t, ok := strings.Cut(tag, "-"); ok {
		return p, t
	}
	return tag, ""
}

// Add counts one token line with gold tag gold and predicted tag guess.
func (s *Scorer) Add(gold, guess string) {
	s.add(gold, guess, true)
}

// Boundary counts a sentence break (a blank line).
func (s *Scorer) Boundary() {
	s.add("O", "O", false)
}

func (s *Scorer) add(gold, guess string, token bool) {
	if s.score.ByType == nil {
		s.score.ByType = make(map[string]*Counts)
		s.lastCorrect, s.lastGuessed = "O", "O"
	}
	correct, correctType := splitTag(gold)
	guessed, guessedType := splitTag(guess)
	lc, lct := s.lastCorrect, s.lastCorrectType
	lg, lgt := s.lastGuessed, s.lastGuessedType
	if s.inCorrect {
		endC := endOfChunk(lc, correct, lct, correctType)
		endG := endOfChunk(lg, guessed, lgt, guessedType)
		switch {
		case endC && endG && lgt == lct:
			s.inCorrect = false
			s.score.Overall.Correct++
			s.counts(lct).Correct++
		case endC != endG || guessedType != correctType:
			s.inCorrect = false
		}
	}
	startC := startOfChunk(lc, correct, lct, correctType)
	startG := startOfChunk(lg, guessed, lgt, guessedType)
	if startC && startG && guessedType == correctType {
		s.inCorrect = true
	}
	if startC {
		s.score.Overall.Gold++
		s.counts(correctType).Gold++
	}
	if startG {
		s.score.Overall.Guessed++
		s.counts(guessedType).Guessed++
	}
	if token {
		if correct == guessed && guessedType == correctType {
			s.score.CorrectTags++
		}
		s.score.Tokens++
	}
	s.lastCorrect, s.lastCorrectType = correct, correctType
	s.lastGuessed, s.lastGuessedType = guessed, guessedType
}

func (s *Scorer) counts(typ string) *Counts {
	c := s.score.ByType[typ]
	if c == nil {
		c = new(Counts)
		s.score.ByType[typ] = c
	}
	return c
}

// Score returns the counts so far, closing an entity that runs to the
// last token. Call it once, after the last token.
func (s *Scorer) Score() *Score {
	if s.score.ByType == nil {
		s.score.ByType = make(map[string]*Counts)
	}
	if s.inCorrect {
		s.inCorrect = false
		s.score.Overall.Correct++
		s.counts(s.lastCorrectType).Correct++
	}
	out := s.score
	out.ByType = make(map[string]*Counts, len(s.score.ByType))
	for k, v := range s.score.ByType {
		c := *v
		out.ByType[k] = &c
	}
	return &out
}

// endOfChunk reports whether a chunk ended between the previous token and
// this one (conlleval's endOfChunk).
func endOfChunk(prevTag, tag, prevType, typ string) bool {
	end := false
	switch {
	case prevTag == "B" && tag == "B",
		prevTag == "B" && tag == "O",
		prevTag == "I" && tag == "B",
		prevTag == "I" && tag == "O",
		prevTag == "E" && tag == "E",
		prevTag == "E" && tag == "I",
		prevTag == "E" && tag == "O":
		end = true
	}
	if prevTag != "O" && prevTag != "." && prevType != typ {
		end = true
	}
	if prevTag == "]" || prevTag == "[" {
		end = true
	}
	return end
}

// startOfChunk reports whether a chunk starts at this token (conlleval's
// startOfChunk).
func startOfChunk(prevTag, tag, prevType, typ string) bool {
	start := false
	switch {
	case prevTag == "B" && tag == "B",
		prevTag == "I" && tag == "B",
		prevTag == "O" && tag == "B",
		prevTag == "O" && tag == "I",
		prevTag == "E" && tag == "E",
		prevTag == "E" && tag == "I",
		prevTag == "O" && tag == "E":
		start = true
	}
	if tag != "O" && tag != "." && prevType != typ {
		start = true
	}
	if tag == "[" || tag == "]" {
		start = true
	}
	return start
}

// ScoreColumns scores a conlleval-style file: every token line ends with
// the gold tag and then the predicted tag; a blank line (or one whose
// first field is "-X-") is a sentence break. -DOCSTART- lines count as
// tokens, as in conlleval.
func ScoreColumns(r io.Reader) (*Score, error) {
	var s Scorer
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) == 0 || f[0] == "-X-" {
			s.Boundary()
			continue
		}
		if len(f) < 3 {
			return nil, fmt.Errorf("score: line %d: want token, gold and predicted columns, got %d column(s)", line, len(f))
		}
		s.Add(f[len(f)-2], f[len(f)-1])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("score: line %d: %w", line+1, err)
	}
	return s.Score(), nil
}
