"""The notebook as flat tables, for spreadsheet and address-book exports."""

from dataclasses import dataclass

from partnerdesk.domain.models import Commitment, Partner, Person


@dataclass(frozen=True)
class PartnerLine:
    partner: Partner
    owner_name: str


@dataclass(frozen=True)
class PersonLine:
    """A person with the name of their partner ("" for one of our own people)."""

    person: Person
    partner_name: str


@dataclass(frozen=True)
class CommitmentLine:
    commitment: Commitment
    partner_name: str
    owner_name: str
