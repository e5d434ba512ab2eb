package relate_test

import "testing"

// Police ranks and the chief inspector of schools are titles before or
// after names, not parts of the names.
func TestPoliceRanks(t *testing.T) {
	checkFacts(t, []factCase{
		{"Chief Inspector Tom Reed said the road was closed.", []string{"Tom Reed title =chief inspector"}, []string{"Inspector Tom Reed"}},
		{"Detective Inspector Lisa Marr of Kent Police said a ladder was used.", []string{"Lisa Marr title =detective inspector"}, nil},
		{"The chief inspector of schools, Hugh Penrose, said exams should go.", []string{"Hugh Penrose title =chief inspector of schools"}, nil},
	})
}
