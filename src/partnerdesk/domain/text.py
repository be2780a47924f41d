"""Text the domain writes for people: English, marked so that the interface can translate it.

The domain knows no Qt, so it never translates; it marks. Two ways, both recognised by
pyside6-lupdate, which copies the English into `translations/*.ts`:

- a fixed text (a constant, a table entry, an error message) is wrapped in
  `QT_TRANSLATE_NOOP("Context", "text")`, which returns the text unchanged;
- a function that composes sentences takes a `Translate` and calls it as
  `translate("Context", "text")`; the interface passes `QCoreApplication.translate`, other
  callers (the command line, tests) keep the default, which returns the English.

A `Phrase` carries a marked template with the values it is formatted with, so the
interface can translate the template first and fill it in after; values that are Phrases
themselves are translated too. Errors carry one (`PartnerDeskError.phrase`).
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

# (context, English text) -> the text in the user's language.
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context` and returns it as it is."""
    return text


def untranslated(context: str, text: str) -> str:
    """The `Translate` of callers without a translator: the English as written."""
    return text


@dataclass(frozen=True)
class Phrase:
    """A marked English template and its fields; `str()` gives the English sentence."""

    context: str
    template: str
    fields: Mapping[str, object] = field(default_factory=dict)

    def render(self, translate: Translate = untranslated) -> str:
        """The template translated, then filled in; without fields it is left as it is."""
        template = translate(self.context, self.template)
        if not self.fields:
            return template
        values = {
            name: value.render(translate) if isinstance(value, Phrase) else value
            for name, value in self.fields.items()
        }
        return template.format(**values)

    def __str__(self) -> str:
        return self.render()

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)
