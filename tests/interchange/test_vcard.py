"""vCard import and export: Apple's and 4.0 cards in, every person out and back again."""

from pathlib import Path

import pytest
import vobject

from partnerdesk.domain.interchange import ImportFileError
from partnerdesk.domain.models import Partner, Person
from partnerdesk.interchange.vcard import export_vcards, import_vcards
from partnerdesk.store.store import Store
from tests.interchange.contact_files import DATA, snapshot


def people(store: Store) -> dict[str, tuple[Person, str]]:
    return {
        line.person.full_name: (line.person, line.partner_name)
        for line in store.table_export.people()
    }


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "cards.vcf"
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    return path


def test_icloud_cards_with_photos_groups_and_a_company_card(store: Store) -> None:
    report = import_vcards(store, DATA / "icloud-contacts.vcf", dry_run=False)
    found = people(store)
    soren, partner = found["Søren Nørgaard"]
    assert partner == "Aarhus Universitet"
    # item1.EMAIL is marked pref; the TEL marked pref wins over the work number.
    assert (soren.email, soren.phone) == ("soren@au.example.dk", "+45 20 12 34 56")
    assert soren.notes == "Met at EAIE Lyon.\nInterested in our co-op program, from 2027."
    assert found["Dra. María José Ibáñez"][1] == "Fundación Océano Azul"
    # The company card is the partner itself, with nobody in it but María José.
    partners = [line.partner.name for line in store.table_export.partners()]
    assert sorted(partners) == ["Aarhus Universitet", "Fundación Océano Azul"]
    assert report.created == {"partners": 2, "people": 2}
    [skipped] = [note for note in report.notes if note.startswith("Not imported")]
    assert "2 photos (card 1, 3)" in skipped  # one of them is 200 KB: skipped, not refused
    assert "1 address" in skipped
    assert "custom fields (X-…)" in skipped
    assert any("without an organization (card 4 (line" in note for note in report.notes)


def test_vcard_4_cards_with_preferences_and_tel_uris(store: Store) -> None:
    import_vcards(store, DATA / "contacts-4.0.vcf", dry_run=False)
    li, partner = people(store)["Dr. Li Wei"]
    assert (li.email, li.phone, li.title, li.role) == (
        "li.wei@tsinghua.example.cn",
        "+86-10-6278-0000",
        "Vice Dean",
        "Decision maker",
    )
    assert partner == "Tsinghua University"
    assert "the syllabus we owe them by March." in li.notes
    assert li.uuid != "4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"  # a uuid is matched, not taken


def test_export_then_import_gives_the_same_people(store: Store, tmp_path: Path) -> None:
    acme = store.partners.add(Partner(name='Acme; Inc, "Ltd"'))
    store.people.add(
        Person(
            full_name="José Müller-Ñúñez",
            email="jose@acme.example",
            phone="+34 600 000 000",
            title="CTO, Research",
            role="champion",
            partner_id=acme.id,
            notes="Line one\nLine two; with \\ backslash and a very long line " + "x" * 120,
        )
    )
    store.people.add(Person(full_name="Elena Ruiz", title="Dean"))
    before = snapshot(store)
    for version in ("4.0", "3.0"):
        path = tmp_path / f"people-{version}.vcf"
        report = export_vcards(store, path, version=version)
        assert report.counts == {"people": 2}
        cards = list(vobject.readComponents(path.read_text(encoding="utf-8")))
        assert [card.version.value for card in cards] == [version, version]
        # Into the same notebook: every card matches its person; nothing changes.
        again = import_vcards(store, path, dry_run=False)
        assert again.created == {"partners": 0, "people": 0}
        assert again.updated == {"people": 0}
        assert snapshot(store) == before
        # Into an empty notebook: the same people, partners and sides.
        empty = Store.open(tmp_path / f"empty-{version}.partnerdesk", tmp_path / "backups")
        try:
            import_vcards(empty, path, dry_run=False)
            assert snapshot(empty)[1] == before[1]
            [ours] = empty.people.ours()
            assert ours.full_name == "Elena Ruiz"
            jose = people(empty)["José Müller-Ñúñez"][0]
            assert jose.notes == store.people.by_email("jose@acme.example")[0].notes
            assert jose.role == "champion"
        finally:
            empty.close()


def test_export_writes_uids_kind_and_folded_lines_in_4_0(store: Store, tmp_path: Path) -> None:
    notes = "Ünïcödé über alles; " * 12 + "\ttab, \x01control"
    person = store.people.add(Person(full_name="Solo", notes=notes))
    export_vcards(store, tmp_path / "x.vcf")
    data = (tmp_path / "x.vcf").read_bytes()
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    card = vobject.readOne(data.decode("utf-8"))
    assert card.uid.value == f"urn:uuid:{person.uuid}"
    assert card.kind.value == "individual"
    assert card.note.value == notes.replace("\x01", "")  # no control characters in vCards
    with pytest.raises(ValueError, match=r"2\.1"):
        export_vcards(store, tmp_path / "y.vcf", version="2.1")


BAD_CARDS = [
    ("BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nORG:Acme\n", "card 1 (line 1)", "no END:VCARD"),
    (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nBEGIN:VCARD\nFN:Bob\nEND:VCARD\n",
        "card 1 (line 1)",
        "before the next card begins on line 4",
    ),
    (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nNOTE:folded\n"
        "lost its space\nEND:VCARD\n",
        "card 2 (line 5), line 8",
        "not a property",
    ),
    ("BEGIN:VCARD\n continues nothing\nEND:VCARD\n", "card 1 (line 1), line 2", "continues"),
    ("FN:Ana\n", "line 1", "outside any card"),
    ("just some text\n", "line 1", "outside any card"),
    ("", "line 1", "no card"),
    ("BEGIN:VCARD\nVERSION:9.9\nEND:VCARD\n", "card 1 (line 1), line 2", "version"),
    (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nNOTE:" + "x" * 70_000 + "\nEND:VCARD\n",
        "card 1 (line 1), line 4",
        "longer than 64 KB",
    ),
    ("BEGIN:VCARD\nVERSION:3.0\nFN:A\x00na\nEND:VCARD\n", "line 3", "NUL"),
]


@pytest.mark.parametrize(("text", "location", "says"), BAD_CARDS)
def test_bad_cards_are_refused_with_card_and_line(
    store: Store, tmp_path: Path, text: str, location: str, says: str
) -> None:
    store.partners.add(Partner(name="Already here"))
    before = snapshot(store)
    with pytest.raises(ImportFileError) as caught:
        import_vcards(store, write(tmp_path, text), dry_run=False)
    assert caught.value.location == location
    assert says in caught.value.message
    assert snapshot(store) == before


def test_wrong_encoding_is_refused_with_its_line(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "cards.vcf"
    path.write_bytes(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:José\r\nORG:Acme\r\nEND:VCARD\r\n".encode()
        + b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jos\xe9\r\nEND:VCARD\r\n"
    )
    with pytest.raises(ImportFileError) as caught:
        import_vcards(store, path, dry_run=True)
    assert caught.value.location == "line 8"


def test_a_windows_1252_card_file_is_read_as_such(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "cards.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jos\xe9 Pe\xf1a\r\nORG:Acme\r\nEND:VCARD\r\n"
    )
    import_vcards(store, path, dry_run=False)
    assert "José Peña" in people(store)


def test_vcard_2_1_quoted_printable_with_soft_breaks(store: Store, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;Jos=C3=\n"
        "=A9\nORG:Acme\nEMAIL;INTERNET;PREF:jose@acme.example\n"
        "PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQ\nAAAQABAAD/2wBDAAgGBgcGBQ\n\n"
        "END:VCARD\n",
    )
    report = import_vcards(store, path, dry_run=False)
    [(person, partner)] = people(store).values()
    assert (person.full_name, person.email, partner) == ("José Müller", "jose@acme.example", "Acme")
    assert "1 photo (card 1)" in report.notes[0]


def test_a_property_vobject_cannot_parse_is_refused_with_its_line(
    store: Store, tmp_path: Path
) -> None:
    path = write(tmp_path, 'BEGIN:VCARD\nVERSION:3.0\nN:Gil;Ana\nFN;TYPE="x:Ana\nEND:VCARD\n')
    with pytest.raises(ImportFileError) as caught:
        import_vcards(store, path, dry_run=True)
    assert caught.value.location == "card 1 (line 1), line 4"
    assert "cannot be read" in caught.value.message
