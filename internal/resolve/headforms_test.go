package resolve_test

import "testing"

// TestOrgHeadForms checks that an organisation's head word alone joins
// the one body of the text that a name of it ends in or starts with
// before "of".
func TestOrgHeadForms(t *testing.T) {
	checkEntities(t, []struct {
		text      string
		want, not []string
	}{
		// Two names of one bank: the head joins the longer.
		{"The Ruritanian National Bank cut its rate. Dealers said the National Bank acted early. The Bank declined comment.",
			[]string{"Organization:Ruritanian National Bank[Bank,National Bank]"}, []string{"Organization:Bank["}},
		// A form of the body, not its name, ends in the head.
		{"Farm ministers of the European Community met on Monday. The Community will cut prices.",
			[]string{"Organization:European Union[Community,European Community]"}, []string{"Organization:Community["}},
		// A body named by its head before "of".
		{"The Bank of Ruritania raised rates on Monday. The Bank said prices rose.",
			[]string{"Organization:Bank of Ruritania[Bank]"}, []string{"Organization:Bank["}},
		// A head inside a name joins nothing.
		{"The Royal Bank of Ruritania posted a profit. The Bank said costs fell.",
			nil, []string{"Royal Bank of Ruritania[Bank]"}},
		// Two bodies with the head: the short form stays apart.
		{"The Ruritanian National Bank and the Bank of Grelland met. The Bank said rates would fall.",
			nil, []string{"[Bank]"}},
	})
}
