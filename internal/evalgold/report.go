package evalgold

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
)

// WriteTable prints the report as score.py prints it: a line per document,
// with the document's misses and false hits under it when verbose, the
// relation tallies by predicate and the TOTAL line.
func (r *Report) WriteTable(w io.Writer, verbose bool) error {
	bw := bufio.NewWriter(w)
	for _, d := range r.Docs {
		e, rel, a := d.Counts.Entities.PRF(), d.Counts.Relations.PRF(), d.Counts.Attributes.PRF()
		fmt.Fprintf(bw, "%-40s entities F1 %.3f  relations F1 %.3f (P %.2f R %.2f)  attributes F1 %.3f\n",
			d.Name, e.F, rel.F, rel.P, rel.R, a.F)
		if verbose {
			fmt.Fprintln(bw, strings.Join(d.Lines, "\n"))
		}
	}
	var preds []string
	for _, p := range r.predicates() {
		t := r.PerPredicate[p]
		preds = append(preds, fmt.Sprintf("%s %d/%d/%d", p, t.TP, t.FP, t.FN))
	}
	fmt.Fprintln(bw, "per predicate (tp/fp/fn):", strings.Join(preds, ", "))
	fmt.Fprintln(bw, r.TotalLine())
	return bw.Flush()
}

// TotalLine is the TOTAL line of the table: precision, recall and F1 of
// entities, relations and attributes over every document.
func (r *Report) TotalLine() string {
	e, rel, a := r.Total.Entities.PRF(), r.Total.Relations.PRF(), r.Total.Attributes.PRF()
	return fmt.Sprintf("TOTAL entities P %.3f R %.3f F1 %.3f | relations P %.3f R %.3f F1 %.3f | attributes P %.3f R %.3f F1 %.3f",
		e.P, e.R, e.F, rel.P, rel.R, rel.F, a.P, a.R, a.F)
}

func (r *Report) predicates() []string {
	ps := make([]string, 0, len(r.PerPredicate))
	for p := range r.PerPredicate {
		ps = append(ps, p)
	}
	sort.Strings(ps)
	return ps
}

// WriteJSON prints the report as score.py --json does, byte for byte: one
// line with the documents' F1 scores (rounded to 3 places) and the
// precision, recall and F1 of entities, relations, attributes and each
// predicate (rounded to 4).
func (r *Report) WriteJSON(w io.Writer) error {
	var b strings.Builder
	b.WriteString(`{"docs": [`)
	for i, d := range r.Docs {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, `{"doc": %s, "entity_f1": %s, "relation_f1": %s, "attribute_f1": %s}`,
			pyString(d.Name), pyFloat(d.Counts.Entities.PRF().F, 3),
			pyFloat(d.Counts.Relations.PRF().F, 3), pyFloat(d.Counts.Attributes.PRF().F, 3))
	}
	b.WriteString("]")
	for _, kv := range []struct {
		k string
		t Tally
	}{{"entities", r.Total.Entities}, {"relations", r.Total.Relations}, {"attributes", r.Total.Attributes}} {
		fmt.Fprintf(&b, ", %s: %s", pyString(kv.k), pyPRF(kv.t.PRF()))
	}
	b.WriteString(`, "per_predicate": {`)
	for i, p := range r.predicates() {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s: %s", pyString(p), pyPRF(r.PerPredicate[p].PRF()))
	}
	b.WriteString("}}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func pyPRF(s PRF) string {
	return fmt.Sprintf(`{"p": %s, "r": %s, "f": %s}`, pyFloat(s.P, 4), pyFloat(s.R, 4), pyFloat(s.F, 4))
}

// pyFloat is Python's repr(round(x, places)): the value rounded half to
// even at that many decimal places, printed in its shortest form with at
// least one decimal.
func pyFloat(x float64, places int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return strconv.FormatFloat(x, 'g', -1, 64) // not reached: scores are in [0,1]
	}
	x, _ = strconv.ParseFloat(strconv.FormatFloat(x, 'f', places, 64), 64)
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

// pyString is a JSON string as Python's json.dumps writes it (ASCII only).
func pyString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\f':
			b.WriteString(`\f`)
		case r >= 0x20 && r <= 0x7e:
			b.WriteRune(r)
		case r > 0xffff:
			r1, r2 := utf16.EncodeRune(r)
			fmt.Fprintf(&b, `\u%04x\u%04x`, r1, r2)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
