"""Every lesson links to the contents and to the next lesson, and every link resolves."""

import re
from pathlib import Path

import pytest

from tests.notebooks import LESSONS, ROOT, SOLUTIONS, markdown, read
from tools.lesson_cells import cells_with_role, title
from tools.navigation import next_paragraph, top_line, update

LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def local_links(text: str) -> list[str]:
    links = [link.split("#")[0] for link in LINK.findall(text)]
    return [link for link in links if link and not re.match(r"[a-z]+:", link)]


def test_navigation_is_up_to_date():
    assert update(check=True) == [], "run `make solutions` (it runs tools/navigation.py)"


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_lesson_starts_with_contents_and_ends_with_the_next_lesson(path):
    nb = read(path)
    assert cells_with_role(nb, "contents") == [0]
    assert nb.cells[0].source == top_line(path)
    assert cells_with_role(nb, "title") == [1]
    assert cells_with_role(nb, "next") == [len(nb.cells) - 1]
    following = LESSONS[LESSONS.index(path) + 1] if path != LESSONS[-1] else None
    following_title = title(read(following)) if following else None
    assert nb.cells[-1].source == next_paragraph(following, following_title)


@pytest.mark.parametrize("path", [*LESSONS, *SOLUTIONS, ROOT / "README.md"],
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_every_link_resolves_to_a_file_in_the_repository(path: Path):
    text = path.read_text() if path.suffix == ".md" else markdown(read(path))
    links = local_links(text)
    assert links, f"{path.name} links nowhere"
    for link in links:
        target = (path.parent / link).resolve()
        assert target.exists(), f"{path.name}: {link} does not exist"
        assert ROOT in target.parents or target == ROOT


def test_the_reference_pages_exist_and_every_lesson_links_them():
    from tools.navigation import REFERENCES

    for path in LESSONS:
        first = read(path).cells[0].source
        for name, link in REFERENCES:
            assert f"[{name}]({link})" in first, path.name
            assert (path.parent / link).resolve().is_file(), link


def test_the_glossary_cites_lessons_that_use_each_term():
    glossary = (ROOT / "docs" / "glossary.md").read_text()
    rows = re.findall(r"^\| ([^|]+) \| [^|]+ \| \[\d\d\]\(\.\./lessons/([^)]+)\) \|$", glossary,
                      re.MULTILINE)
    assert len(rows) > 40
    for term, notebook in rows:
        nb = read(ROOT / "lessons" / notebook)
        text = "\n".join(cell.source for cell in nb.cells).lower()
        words = [w.strip().lower() for w in term.split(",")]
        assert any(word in text for word in words), (term, notebook)
