"""Progress read from a learner's saved lessons: nothing done in the course's own lessons,
everything in the solutions, and exactly what was run in a half-done copy."""

import shutil

import nbformat

from helpers.exercises import all_exercises
from helpers.progress import progress, read_course, table
from tests.notebooks import ROOT, read
from tools.lesson_cells import exercise_name

TOTAL = len(all_exercises())


def test_the_course_as_handed_out_has_nothing_done():
    course = read_course(ROOT / "lessons")
    assert sum(len(entry.not_started) for entry in course) == TOTAL
    assert not any(entry.done or entry.tried for entry in course)
    assert table(course).endswith(f"0 of {TOTAL} exercises done")


def test_the_solutions_have_everything_done():
    course = read_course(ROOT / "solutions")
    assert sum(len(entry.done) for entry in course) == TOTAL
    assert table(course).endswith(f"{TOTAL} of {TOTAL} exercises done")


def test_a_half_done_copy_counts_what_was_run(tmp_path):
    shutil.copytree(ROOT / "lessons", tmp_path / "lessons")
    lesson = tmp_path / "lessons" / "01-containers.ipynb"
    solved = {exercise_name(c): c for c in read(ROOT / "solutions" / lesson.name).cells
              if exercise_name(c)}
    nb = read(lesson)
    for cell in nb.cells:
        name = exercise_name(cell)
        if name in ("person_vector", "matrix_shape"):  # solved and run
            cell.source, cell.outputs = solved[name].source, solved[name].outputs
        elif name == "third_row":  # run, and wrong
            cell.outputs = [nbformat.v4.new_output(
                "display_data", data={"text/plain": "✗ Not yet [third_row]: that is row 1"})]
        elif name == "people_matrix":  # answered, never run: it does not count
            cell.source, cell.outputs, cell.execution_count = solved[name].source, [], None
    nbformat.write(nb, lesson)
    entry = read_course(tmp_path / "lessons")[1]
    assert entry.done == ["person_vector", "matrix_shape"]
    assert entry.tried == ["third_row"]
    assert "people_matrix" in entry.not_started
    assert len(entry.not_started) == entry.total - 3
    shown = progress(folder=tmp_path / "lessons")._repr_html_()
    assert f"<td>2</td><td>1</td><td>{entry.total - 3}</td>" in shown
    assert "href='01-containers.ipynb#Exercise-1.3:-a-row'>third_row</a>" in shown


def test_an_unreadable_lesson_is_named_not_a_crash(tmp_path):
    shutil.copytree(ROOT / "lessons", tmp_path / "lessons")
    (tmp_path / "lessons" / "05-norms.ipynb").write_text("{")
    text = table(read_course(tmp_path / "lessons"))
    assert "05-norms.ipynb cannot be read (JSONDecodeError)" in text


def test_the_end_of_a_lesson_counts_this_kernels_checks_then_the_saved_ones(tmp_path,
                                                                            monkeypatch):
    from helpers import lesson00
    from helpers.checks import exercise

    monkeypatch.setattr(exercise, "SESSION", {})  # a fresh kernel
    shutil.copytree(ROOT / "lessons", tmp_path / "lessons")
    assert repr(progress("00", folder=tmp_path / "lessons")) == (
        "Lesson 00: 0 of 1 exercises done.\n  not started: double")
    lesson00.double.check(21)
    assert repr(progress("0", folder=tmp_path / "lessons")) == (
        "Lesson 00: 0 of 1 exercises done.\n  tried, not solved yet: double")
    lesson00.double.check(20)
    summary = progress("00", folder=tmp_path / "lessons")
    assert repr(summary) == ("Lesson 00: 1 of 1 exercises done, all of them. Well done!\n"
                             "  done: double")
    assert "<b>Lesson 00: 1 of 1 exercises done" in summary._repr_html_()
    monkeypatch.setattr(exercise, "SESSION", {})  # restarted: the saved lesson counts
    shutil.copy(ROOT / "solutions" / "00-welcome.ipynb", tmp_path / "lessons")
    assert repr(progress("00", folder=tmp_path / "lessons")).startswith(
        "Lesson 00: 1 of 1 exercises done")


def test_every_lesson_ends_with_its_summary_as_run():
    for folder, words in (("lessons", " 0 of "), ("solutions", "all of them. Well done!")):
        for path in sorted((ROOT / folder).glob("[0-9][0-9]-*.ipynb")):
            cells = read(path).cells
            summary = [cell for cell in cells if cell.metadata.get("course", {}).get("role")
                       == "summary"]
            assert len(summary) == 1, path.name
            assert summary[0].source.endswith(f'progress("{path.name[:2]}")')
            assert words in str(summary[0].outputs), (path.name, summary[0].outputs)


def test_the_self_assessment_names_the_section_behind_each_item_still_open(monkeypatch):
    from helpers import lesson09
    from helpers.checks import exercise

    monkeypatch.setattr(exercise, "SESSION", {})
    total = len(lesson09.EXERCISES)
    assert repr(lesson09.revisit()).startswith(f"0 of {total} right.")
    for item in lesson09.EXERCISES:
        item.check(item.reference_answer())
    assert repr(lesson09.revisit()).startswith(f"{total} of {total} right.\nNothing to")
    lesson09.l2.check(7)  # the L1 norm
    lesson09.chain_shape.check("b")
    shown = lesson09.revisit()
    assert repr(shown).split("\n") == [
        f"{total - 2} of {total} right.", "Reread, then answer again:",
        '  lesson 04, Products: "Matrix–matrix products" (04-products.ipynb)',
        '  lesson 05, Norms: "The L2 norm: Pythagoras" (05-norms.ipynb)']
    assert ("<a href='05-norms.ipynb#The-L2-norm:-Pythagoras'>lesson 05, Norms: The L2 norm: "
            "Pythagoras</a>") in shown._repr_html_()


def test_every_section_the_self_assessment_points_to_exists():
    from helpers import lesson09

    assert set(lesson09.COVERS) == {item.name for item in lesson09.EXERCISES}
    for number, section in lesson09.COVERS.values():
        path = next((ROOT / "lessons").glob(f"{number}-*.ipynb"))
        headings = [line for cell in read(path).cells if cell.cell_type == "markdown"
                    for line in cell.source.split("\n")]
        assert f"## {section}" in headings, (path.name, section)


def test_the_end_of_a_lesson_reads_the_copy_the_kernel_runs_beside(tmp_path, monkeypatch):
    from helpers.checks import exercise

    monkeypatch.setattr(exercise, "SESSION", {})  # a restarted kernel: only saved state
    shutil.copy(ROOT / "solutions" / "00-welcome.ipynb", tmp_path / "00-welcome.ipynb")
    monkeypatch.chdir(tmp_path)  # a learner's copy, solved, outside the course's lessons/
    assert repr(progress("00")).startswith("Lesson 00: 1 of 1 exercises done")
    monkeypatch.chdir(ROOT)  # no copy here: the course's lessons/, untouched
    assert repr(progress("00")).startswith("Lesson 00: 0 of 1 exercises done")
