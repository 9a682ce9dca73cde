"""Sign-off on the command line under attack (issue 15): a signing interrupted after the
signed file was written but before the signature was recorded, and two programs signing
the same appraisal in the same role at once. Each must leave the signing copy and the
database agreeing, and the next signer able to sign."""
from __future__ import annotations

import threading

from reviewer.appraisal import signing
from reviewer.cli import signing as cli_signing
from reviewer.cli.runner import run

from .test_sign_off_cli import CYCLE, PASSWORDS, _cycle_in_sign_off, cli  # noqa: F401  (fixture)


def test_a_signature_interrupted_before_it_was_recorded_does_not_block_the_signer(cli, tmp_path):
    _cycle_in_sign_off(cli, tmp_path)
    cli.sign("E3", "manager", password=PASSWORDS["E2"])
    real_sign = signing.sign_appraisal

    def killed_after_the_file_was_written(*args, **kwargs):
        real_sign(*args, **kwargs)  # the signed copy is on disk; the unit of work has not committed
        raise KeyboardInterrupt

    cli.monkeypatch.setattr(signing, "sign_appraisal", killed_after_the_file_was_written)
    cli("appraisal", "sign", "--cycle", CYCLE, "--employee", "E3", "--as", "employee", expect=130,
        password=PASSWORDS["E3"])
    cli.monkeypatch.setattr(signing, "sign_appraisal", real_sign)
    assert cli.status()["E3"]["missing"] == ["employee", "hr"]  # nothing was recorded

    # 李强 signs again: the copy carries only what the database recorded, then his signature.
    cli.sign("E3", "employee", password=PASSWORDS["E3"])
    done = cli.sign("E3", "hr", "--out", str(tmp_path / "李强.pdf"), password=PASSWORDS["E4"])
    checked = cli("verify", done["file"], json_out=True)
    assert checked["ok"] is True
    assert [s["role"] for s in checked["documents"][0]["signatures"]] == ["manager", "employee", "hr"]


def test_two_programs_signing_as_the_same_role_at_once_sign_once(cli, tmp_path):
    _cycle_in_sign_off(cli, tmp_path)
    cli.monkeypatch.setenv("APPRAISAL_SIGNING_PASSWORD", PASSWORDS["E2"])
    start = threading.Barrier(2)
    codes: list[int] = []
    crashes: list[BaseException] = []
    argv = ["appraisal", "sign", "--cycle", CYCLE, "--employee", "E3", "--as", "manager", "--db", cli.db,
            "--user", cli.user]
    real_password = cli_signing._identity_password

    def both_checked_before_either_signs(holder: str) -> str:
        start.wait(30)  # both programs found the manager's signature possible; neither has signed
        return real_password(holder)

    cli.monkeypatch.setattr(cli_signing, "_identity_password", both_checked_before_either_signs)

    def sign() -> None:
        try:
            codes.append(run(argv))
        except BaseException as error:  # a traceback would reach the user
            crashes.append(error)

    signers = [threading.Thread(target=sign) for _ in range(2)]
    for signer in signers:
        signer.start()
    for signer in signers:
        signer.join(120)
    cli.monkeypatch.setattr(cli_signing, "_identity_password", real_password)
    out, err = cli.capsys.readouterr()
    assert not crashes, crashes
    assert "Traceback" not in out + err
    assert sorted(codes) == [0, 1], out + err
    assert "already signed as Manager (by 王芳)" in err  # the second is told who signed meanwhile
    status = cli.status()["E3"]
    assert [s["role"] for s in status["signatures"]] == ["manager"]
    assert cli.sign("E3", "manager", expect=1)["code"] == "signing_role_done"  # before a password is asked
    cli.sign("E3", "employee", password=PASSWORDS["E3"])  # the copy on disk is the recorded one
    assert cli.status()["E3"]["missing"] == ["hr"]
