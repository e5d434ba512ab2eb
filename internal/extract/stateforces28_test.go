package extract_test

import "testing"

// A state's army, navy, air force or military named in lower case after
// its demonym is an organisation, and its offices ("army spokesman",
// "commander of the ... army") are offices of it; a force word that
// modifies a noun after it, or one without a demonym, names none.
func TestStateForces(t *testing.T) {
	checkFacts(t, []factCase{
		{"Major Tomas Reyes, spokesman for the Bolivian army, said the road had reopened.",
			[]string{"Organization:Bolivian army", "person/tomas_reyes official_of organization/bolivian_army"}, nil},
		{"Bolivian army spokesman Lieutenant Tomas Reyes said the road had reopened.",
			[]string{"Organization:Bolivian army", "person/tomas_reyes official_of organization/bolivian_army"}, nil},
		{"General Ines Barba, commander of the Chilean navy, visited the port.",
			[]string{"Organization:Chilean navy", "person/ines_barba official_of organization/chilean_navy"}, nil},
		{"The Kenyan air force dropped food to the stranded villages on Sunday.",
			[]string{"Organization:Kenyan air force"}, nil},
		{"The Malaysian military denied that any boats had been seized.",
			[]string{"Organization:Malaysian military"}, nil},
		// A compound adjective before the demonym is no name.
		{"Trucks of the Hutu-led Burundian army blocked the road.",
			[]string{"Organization:Burundian army"}, nil},
		// The lexicon's force keeps its name.
		{"The Israeli army said a patrol had been fired on.",
			[]string{"Organization:Israel Defense Forces"}, nil},
		// Modifiers of a noun after them, and forces without a demonym.
		{"They lived near an American army base outside the city.",
			nil, []string{"Organization:American army"}},
		{"The Peruvian military authorities closed the border.",
			nil, []string{"Organization:Peruvian military"}},
		{"The former Peruvian military ruler left the country.",
			nil, []string{"Organization:Peruvian military"}},
		{"Army officers said the bridge had been destroyed.",
			nil, []string{"Organization:Army"}},
		{"The Bolivian army and police units searched the hills.",
			nil, []string{"Organization:Bolivian army"}},
		// Another people's army is not the state's.
		{"The Bosnian Serb army shelled the town.",
			nil, []string{"Organization:Serb army"}},
		// Names the lexicon knows stay as they were.
		{"The Salvation Army opened a shelter in the town.",
			[]string{"Organization:Salvation Army"}, nil},
		{"The Irish Republican Army announced a ceasefire.",
			[]string{"Organization:Irish Republican Army"}, nil},
	})
}
