"""CSV import into a notebook: guessed columns, matching, dry runs, backups, all or nothing."""

import csv
import io
import tempfile
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnerdesk.domain.changes import Action, Change, Entity
from partnerdesk.domain.enums import PartnerKind, PartnerStage
from partnerdesk.domain.errors import BackupError
from partnerdesk.domain.interchange import ImportCancelled, ImportFileError
from partnerdesk.domain.models import Partner, Person
from partnerdesk.interchange.csv_fields import guess_mapping
from partnerdesk.interchange.csv_import import import_csv
from partnerdesk.interchange.csv_table import read_csv_table
from partnerdesk.store import backup as backup_module
from partnerdesk.store.store import Store
from tests.interchange.contact_files import CSV_FILES, DATA, snapshot


def write(tmp_path: Path, text: str, name: str = "contacts.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def people_by_name(store: Store) -> dict[str, tuple[Person, str]]:
    return {
        line.person.full_name: (line.person, line.partner_name)
        for line in store.table_export.people()
    }


@pytest.mark.parametrize("name", CSV_FILES)
def test_every_sample_export_imports_and_a_second_import_adds_nothing(
    store: Store, name: str
) -> None:
    report = import_csv(store, DATA / name, dry_run=False)
    created = store.counts()
    assert report.created["people"] == created.people > 0
    assert report.created["partners"] == created.partners > 0
    again = import_csv(store, DATA / name, dry_run=False)
    assert store.counts() == created
    assert again.created == {"partners": 0, "people": 0}
    assert again.updated == {"people": 0}


def test_outlook_file_with_accents_duplicates_and_a_courtesy_title(store: Store) -> None:
    report = import_csv(store, DATA / "outlook-contacts.csv", dry_run=False)
    people = people_by_name(store)
    maria, partner = people["María José Ibáñez"]
    assert partner == "Fundación Océano Azul"
    # "Job Title" is the title; Outlook's "Title" column ("Dra.") is a courtesy title.
    assert maria.title == "Directora de Programas"
    assert maria.phone == "+34 91 555 0142"  # Business Phone comes before Mobile Phone
    assert maria.notes.splitlines()[1].startswith("Quiere 4 becarios")
    # Line 8 repeats her under "FUNDACIÓN OCÉANO AZUL" with another case of the e-mail.
    assert report.skipped["people"] == 2
    assert any("line 8 repeats line 2" in note for note in report.notes)
    assert any("without an organization (line 7)" in note for note in report.notes)
    partners = {line.partner.name: line.partner for line in store.table_export.partners()}
    assert set(partners) == {
        "Fundación Océano Azul",
        "Société Générale d'Ingénierie",
        "Brücke Maschinenbau GmbH",
        "university of lyon",
    }
    ocean = partners["Fundación Océano Azul"]
    assert (ocean.kind, ocean.city, ocean.country) == (PartnerKind.NONPROFIT, "Madrid", "España")
    assert ocean.website == "https://oceanoazul.example.org"
    assert ocean.address == "Calle Príncipe de Vergara 12"
    assert partners["university of lyon"].kind is PartnerKind.UNIVERSITY


def test_google_multi_valued_cells_take_the_first_value(store: Store) -> None:
    import_csv(store, DATA / "google-contacts.csv", dry_run=False)
    people = people_by_name(store)
    li, partner = people["Li Wei"]
    assert (li.email, li.phone, partner) == (
        "li.wei@tsinghua.example.cn",
        "+86 10 6278 0000",
        "Tsinghua University",
    )
    assert people["Amara Okafor"][0].phone == "+234 803 555 0199"
    # A contact with an address only is named by it.
    assert "newsletter-contact@ministerio.example.gob.es" in people


def test_linkedin_preamble_is_passed_over_and_rows_without_email_match_by_name(
    store: Store,
) -> None:
    report = import_csv(store, DATA / "linkedin-Connections.csv", dry_run=False)
    assert "3 lines above the header were passed over." in report.notes
    assert people_by_name(store)["Ana Ruiz"][0].title == "Head of Talent Acquisition"
    assert report.created["people"] == 3


def test_semicolon_file_puts_surnames_last(store: Store) -> None:
    import_csv(store, DATA / "excel-semicolon.csv", dry_run=False)
    people = people_by_name(store)
    assert people["Hans Müller"][0].phone == "+49 89 1234,5"
    assert people["Aino Nieminen"][0].notes == "Prefers e-mail; never calls"


def test_duplicates_by_email_then_by_name_within_the_organization(store: Store) -> None:
    acme = store.partners.add(Partner(name="Acme Corp"))
    other = store.partners.add(Partner(name="Globex"))
    ana = store.people.add(
        Person(full_name="Ana Gil", email="ana@acme.example", partner_id=acme.id, notes="Old note")
    )
    bob = store.people.add(Person(full_name="Bob Ray", partner_id=acme.id, title="Dean"))
    store.people.add(Person(full_name="Carl Cox", partner_id=other.id))
    path = write(
        store.path.parent,
        "Name,Email,Company,Title,Notes\n"
        "Ana G.,ANA@acme.example,Somewhere Else,CTO,New note\n"
        "bob  ray,,ACME CORP,Dean,\n"
        "Carl Cox,,Acme Corp,Analyst,\n",
    )
    dry = import_csv(store, path, dry_run=True)
    assert (dry.created, dry.updated, dry.skipped) == (
        {"partners": 0, "people": 1},
        {"people": 1},
        {"partners": 0, "people": 1},
    )
    assert store.people.get(ana.id).title == ""  # a dry run writes nothing
    report = import_csv(store, path, dry_run=False)
    assert (report.created, report.updated) == (dry.created, dry.updated)
    updated = store.people.get(ana.id)
    # Matched by e-mail: the name and organization stay, the title changes, notes are added.
    assert (updated.full_name, updated.partner_id, updated.title) == ("Ana Gil", acme.id, "CTO")
    assert updated.notes == "Old note\n\nNew note"
    assert store.people.get(bob.id) == bob  # nothing new about Bob: skipped, untouched
    # Carl Cox of Globex is another person than Carl Cox of Acme.
    assert len(store.people.for_partner(acme.id)) == 3


def test_partner_rows_create_or_match_partners(store: Store) -> None:
    store.partners.add(Partner(name="Aalto University"))
    path = write(
        store.path.parent,
        "Partner,Kind,Stage,Website,City\n"
        "aalto university,university,active,https://aalto.example,Espoo\n"
        "Ministerio de Ciencia,,,,Madrid\n"
        "Northwind,nonprofit,strategic,,\n",
    )
    report = import_csv(store, path, dry_run=False)
    assert report.created["partners"] == 2
    assert report.skipped["partners"] == 1
    partners = {line.partner.name: line.partner for line in store.table_export.partners()}
    assert partners["Ministerio de Ciencia"].kind is PartnerKind.GOVERNMENT
    assert (partners["Northwind"].kind, partners["Northwind"].stage) == (
        PartnerKind.NONPROFIT,
        PartnerStage.STRATEGIC,
    )
    assert partners["Aalto University"].website == ""  # an existing partner is left alone


def test_a_side_column_brings_in_our_own_people(store: Store) -> None:
    path = write(store.path.parent, "Name,Side,Title\nDr. Elena Ruiz,ours,Dean of Engineering\n")
    import_csv(store, path, dry_run=False)
    [ours] = store.people.ours()
    assert (ours.full_name, ours.title) == ("Dr. Elena Ruiz", "Dean of Engineering")


def test_an_explicit_mapping_replaces_the_guess(store: Store) -> None:
    path = write(store.path.parent, "Who,Where,What\nAna Gil,Acme,CTO\n")
    with pytest.raises(ImportFileError, match="no column holds a name") as caught:
        import_csv(store, path, dry_run=True)
    assert caught.value.location == "line 1"
    mapping = {"Who": "full_name", "Where": "organization", "What": "skip"}
    import_csv(store, path, dry_run=False, mapping=mapping)
    [(person, partner)] = people_by_name(store).values()
    assert (person.full_name, person.title, partner) == ("Ana Gil", "", "Acme")


def test_a_mapping_naming_a_missing_column_is_refused(store: Store) -> None:
    path = write(store.path.parent, "Name,Company\nAna,Acme\n")
    with pytest.raises(ImportFileError, match='no column "Email"'):
        import_csv(store, path, dry_run=True, mapping={"Email": "email"})


def test_guessed_mapping_of_outlook_headers() -> None:
    mapping = guess_mapping(read_csv_table(DATA / "outlook-contacts.csv").headers)
    assert mapping["Title"] == "skip"
    assert mapping["Job Title"] == "title"
    assert mapping["E-mail Address"] == mapping["E-mail 2 Address"] == "email"
    assert mapping["E-mail Display Name"] == mapping["E-mail Type"] == "skip"
    assert mapping["Home Phone"] == mapping["Account"] == "skip"
    assert mapping["Business Country/Region"] == "country"


def test_a_bad_row_refuses_the_whole_file_and_changes_nothing(store: Store) -> None:
    import_csv(store, DATA / "hubspot-contacts.csv", dry_run=False)
    before = snapshot(store)
    backups = sorted(store.backups.folder.iterdir())
    path = write(store.path.parent, "Name,Company\nNew Person,New Co\n" + f"{'x' * 300},Acme\n")
    with pytest.raises(ImportFileError, match="name is too long") as caught:
        import_csv(store, path, dry_run=False)
    assert caught.value.location == "line 3"
    assert snapshot(store) == before
    assert sorted(store.backups.folder.iterdir()) == backups  # no backup for a refused file


def test_a_real_import_makes_a_checked_backup_first(store: Store) -> None:
    store.partners.add(Partner(name="Before the import"))
    import_csv(store, DATA / "salesforce-contacts.csv", dry_run=False)
    [backup] = [path for path in store.backups.folder.iterdir() if "before-import" in path.name]
    copy = Store.open(backup, store.backups.folder, create=False)
    try:
        assert copy.counts().partners == 1
    finally:
        copy.close()


def test_an_import_whose_backup_fails_its_check_commits_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.partners.add(Partner(name="Before the import"))
    before = snapshot(store)
    # The check runs beside the import; the import waits for it before committing.
    monkeypatch.setattr("partnerdesk.store.backup.quick_check", lambda _path: "page 3: damaged")
    with pytest.raises(BackupError, match="failed its check"):
        import_csv(store, DATA / "salesforce-contacts.csv", dry_run=False)
    assert snapshot(store) == before
    assert not any(store.backups.folder.iterdir())


def test_the_backup_is_checked_while_the_import_runs(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    importing = threading.Event()
    check_saw_the_import: list[bool] = []
    real_check = backup_module.quick_check

    def check(path: Path) -> str:
        check_saw_the_import.append(importing.wait(timeout=10))
        return real_check(path)

    real_run = store.contacts_import.run

    def run(*args: Any, **options: Any) -> Any:
        importing.set()
        return real_run(*args, **options)

    monkeypatch.setattr(backup_module, "quick_check", check)
    monkeypatch.setattr(store.contacts_import, "run", run)
    import_csv(store, DATA / "salesforce-contacts.csv", dry_run=False)
    assert check_saw_the_import == [True]
    assert [path.name for path in store.backups.folder.iterdir() if "before-import" in path.name]


def test_a_dry_run_makes_no_backup_and_reports_no_change(
    store: Store, changes: list[Change]
) -> None:
    report = import_csv(store, DATA / "pipedrive-people.csv", dry_run=True)
    assert report.dry_run
    assert report.summary().startswith("Would create 2 partners, 2 people")
    assert not store.backups.folder.exists() or not any(store.backups.folder.iterdir())
    assert changes == []
    import_csv(store, DATA / "pipedrive-people.csv", dry_run=False)
    assert changes == [Change(Entity.NOTEBOOK, Action.UPDATED)]


def test_cancelling_from_progress_rolls_everything_back(store: Store) -> None:
    calls: list[tuple[int, int]] = []

    def cancel_while_writing(done: int, total: int) -> None:
        calls.append((done, total))
        if len(calls) > 3:
            raise ImportCancelled

    with pytest.raises(ImportCancelled):
        import_csv(
            store, DATA / "outlook-contacts.csv", dry_run=False, progress=cancel_while_writing
        )
    assert store.counts().people == 0
    assert store.counts().partners == 0
    assert_search_follows_new_records(store)


def assert_search_follows_new_records(store: Store) -> None:
    """The index agrees with the rows, and its triggers index what is added next."""
    assert store.search.integrity_problems() == []
    partner = store.partners.add(Partner(name="Quillfeather Trust"))
    assert [hit.id for hit in store.search.query("quillfeather")] == [partner.id]


@pytest.mark.parametrize("name", CSV_FILES)
def test_imported_records_are_found_by_search_at_once(store: Store, name: str) -> None:
    import_csv(store, DATA / name, dry_run=False)
    people = [line.person for line in store.table_export.people() if line.partner_name]
    assert people
    for person in people[:3]:
        found = store.search.query(person.full_name, kinds=["person"])
        assert person.id in [hit.id for hit in found]
    assert_search_follows_new_records(store)


def test_progress_reaches_its_total(store: Store) -> None:
    calls: list[tuple[int, int]] = []
    import_csv(
        store,
        DATA / "google-contacts.csv",
        dry_run=False,
        progress=lambda d, t: calls.append((d, t)),
    )
    done, total = calls[-1]
    assert done == total > 0


def test_people_in_the_trash_or_of_a_trashed_partner_are_not_matched(store: Store) -> None:
    acme = store.partners.add(Partner(name="Acme"))
    ana = store.people.add(Person(full_name="Ana", email="ana@acme.example", partner_id=acme.id))
    store.people.delete(ana.id)
    path = write(store.path.parent, "Name,Email,Company\nAna,ana@acme.example,Acme\n")
    report = import_csv(store, path, dry_run=False)
    assert report.created["people"] == 1
    store.partners.delete(acme.id)
    report = import_csv(store, path, dry_run=False)
    assert report.created == {"partners": 1, "people": 1}


def test_the_cli_calls_it_this_way(store: Store) -> None:
    """As `partnerdesk import csv PATH --db FILE [--dry-run]` will."""
    report = import_csv(store, DATA / "hubspot-contacts.csv", dry_run=True)
    assert report.format == "csv"
    assert report.source == DATA / "hubspot-contacts.csv"
    assert "Would create" in report.summary()


NAMES = st.sampled_from(["Ana Gil", "Bob Ray", "Zoë Ng", "ana gil", ""])
EMAILS = st.sampled_from(["", "a@x.example", "b@x.example", "A@X.example", "c@y.example"])
COMPANIES = st.sampled_from(["", "Acme", "ACME", "Globex", "Initech"])
TITLES = st.sampled_from(["", "CTO", "Dean"])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(NAMES, EMAILS, COMPANIES, TITLES), max_size=12))
def test_importing_the_same_file_twice_changes_nothing_the_second_time(
    rows: list[tuple[str, str, str, str]],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rows.csv"
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["Name", "Email", "Company", "Job Title"])
        writer.writerows(rows)
        path.write_text(out.getvalue(), encoding="utf-8")
        store = Store.open(Path(folder) / "n.partnerdesk", Path(folder) / "backups")
        try:
            first = import_csv(store, path, dry_run=False)
            counts = store.counts()
            assert counts.people == first.created["people"]
            second = import_csv(store, path, dry_run=False)
            assert second.created == {"partners": 0, "people": 0}
            assert second.updated == {"people": 0}
            assert store.counts() == counts
        finally:
            store.close()
