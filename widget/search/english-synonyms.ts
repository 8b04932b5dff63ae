/**
 * Words help-centre visitors use for the same action or thing, whatever the site is about. They apply to every
 * content pack, under the editor's own `synonyms:` (index.md), which adds groups for the site's own vocabulary. Only
 * general words belong here: no product names, nothing a site could mean differently. Two-word entries ("turn
 * off") match when a visitor writes them as two words. Small numbers pair their digit with their word ("2 IDs", "two
 * IDs"); not one, a stop word.
 */
/** One group per line, words separated by spaces. */
function groupsOf(lines: string): string[][] {
  return lines
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/));
}

// Pure: a bundle that never uses the groups (the widget, whose packs carry them) leaves the list out.
export const ENGLISH_SYNONYMS: readonly (readonly string[])[] = /* @__PURE__ */ groupsOf(`
delete remove erase
multiple several many various
picture photo image
email e-mail mail
document doc
download save
find search locate
change modify edit alter
create make
show display view
hide conceal
stop disable deactivate turn-off
start enable activate turn-on begin
undo revert restore recover retrieve
login log-in signin sign-in logon
logout log-out signout sign-out logoff
signup sign-up register registration enrol enroll
password passcode
phone mobile cellphone
problem issue error trouble
fix solve repair resolve
help support assistance
link url
folder directory
split divide separate
combine merge join
cancel abort
buy purchase
website site webpage
automatically automatic auto
message msg
information info
application app
private privacy
notification alert notify
attachment attach
permanently forever
big large huge
quick fast
2 two
3 three
4 four
5 five`);
