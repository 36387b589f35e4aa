package ingest

import "testing"

// TestMembers checks MEMBER_OF read from the text: a grouping's name before
// its members, a list after "consists of", founders of a new bloc, joining
// and "a member of" appositions; and what is no membership.
func TestMembers(t *testing.T) {
	wantFactRows(t, []factRow{
		{"Fellow NATO members Peru, Chile and Kenya signed the letter.", "MEMBER_OF", "Chile", "NATO"},
		{"Fellow NATO members Peru, Chile and Kenya signed the letter.", "MEMBER_OF", "Kenya", "NATO"},
		{"NATO member Turkey stayed silent on the plan.", "MEMBER_OF", "Turkey", "NATO"},
		{"EU member states Austria and Portugal voted against the budget.", "MEMBER_OF", "Portugal", "European Union"},
		{"The Security Council held a session. Council members Ghana and Peru asked for a vote.", "MEMBER_OF", "Ghana", "UN Security Council"},
		{"The Quad comprises India, Australia, the United States and Japan, officials noted.", "MEMBER_OF", "United States", "Quad"},
		{"The African Union is made up of Kenya, Ghana and dozens of other states.", "MEMBER_OF", "Ghana", "African Union"},
		{"Last spring, Chad, Niger and Mali broke with ECOWAS and set up a bloc called the Alliance of Sahel States.", "MEMBER_OF", "Chad", "Alliance of Sahel States"},
		{"Chad, Niger and Mali formed the Alliance of Sahel States in a hurry.", "MEMBER_OF", "Mali", "Alliance of Sahel States"},
		{"Sweden formally joined NATO after a long wait.", "MEMBER_OF", "Sweden", "NATO"},
		{"Estonia, which joined NATO two decades ago, sent jets.", "MEMBER_OF", "Estonia", "NATO"},
		{"Ghana, a founding member of the African Union, hosted the summit.", "MEMBER_OF", "Ghana", "African Union"},
		{"Peru is a member of the African Union, the minister said.", "MEMBER_OF", "Peru", "African Union"},
		{"Kenya, an African Union member, abstained.", "MEMBER_OF", "Kenya", "African Union"},
	})
	p := testPipeline(t)
	for _, text := range []string{
		"Ukraine wants to join NATO before the war ends.",                      // a wish, not a membership
		"Ukraine's bid to join NATO stalled.",                                  // likewise
		"Peru joined NATO leaders in condemning the strike.",                   // joined people, not the body
		"NATO members met Peru and Chile in Brussels.",                         // the members are not named
		"NATO member Turkey's army crossed the border.",                        // a possessive starts another noun
		"Peru and Chile criticised the plan and created a NATO working group.", // a part of the body, not a new one
		"Peru, Chile and Kenya withdrew from the African Union.",               // leaving is no membership
		"Peru is a member of the African Union observers' club.",               // a member of something else
	} {
		x := analyzeTest(t, p, text)
		for _, who := range []string{"Ukraine", "Peru", "Chile", "Kenya", "Turkey"} {
			wantAbsent(t, x, text, "MEMBER_OF:"+who)
		}
	}
}

// TestAllies checks MEMBER_OF from a state's fellow members: "Peru's NATO
// allies", "Peru and its NATO allies"; partners are no members.
func TestAllies(t *testing.T) {
	wantFactRows(t, []factRow{
		{"Chile's NATO allies objected to the sale.", "MEMBER_OF", "Chile", "NATO"},
		{"Estonia would train with its NATO allies in June.", "MEMBER_OF", "Estonia", "NATO"},
	})
	p := testPipeline(t)
	for _, text := range []string{
		"Peru held drills with its NATO partners.",     // a partner of NATO is no member
		"Peru's army and its NATO allies trained.",     // the army's allies
		"Peru accused Chile's navy and its EU allies.", // likewise
	} {
		x := analyzeTest(t, p, text)
		wantAbsent(t, x, text, "MEMBER_OF:Peru")
		wantAbsent(t, x, text, "MEMBER_OF:Chile")
	}
}
