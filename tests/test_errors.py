from __future__ import annotations

from signpost.core.errors import Problem


def test_problem_prints_path_line_field_and_message() -> None:
    problem = Problem("directory/a.yml", 14, "age.max", "should be at most 25 (got 30)")
    assert str(problem) == "directory/a.yml:14: age.max: should be at most 25 (got 30)"


def test_problem_without_field_leaves_it_out() -> None:
    assert (
        str(Problem("directory/a.yml", 1, "", "the file is empty"))
        == "directory/a.yml:1: the file is empty"
    )


def test_problems_sort_by_file_then_line() -> None:
    problems = [
        Problem("b.yml", 1, "", "x"),
        Problem("a.yml", 9, "", "x"),
        Problem("a.yml", 2, "", "x"),
    ]
    assert [(p.path, p.line) for p in sorted(problems)] == [
        ("a.yml", 2),
        ("a.yml", 9),
        ("b.yml", 1),
    ]
