"""Who to call, word for word, in English and in Spanish, for each country setting.

The number and the services come from the country (Settings, or the system's locale): 999, A&E,
a GP and NHS 111 in the UK; 112 and "urgencias" in Spain; 112 elsewhere in the EU; "your local
emergency number" where the app does not know. These sentences are pinned here in full: a change
to any of them is a change to safety advice, and must be made on purpose, in both languages.
"""

from __future__ import annotations

import pytest

from sciatica_coach.core import i18n, region
from sciatica_coach.core.guidance import see_someone_heading
from sciatica_coach.core.region import Services, services_for
from sciatica_coach.core.safety import Urgency
from sciatica_coach.core.safety_words import advice, urgency_heading, warning_signs_summary

UK, ES, EU, LOCAL = Services.UK, Services.SPAIN, Services.EU, Services.LOCAL


@pytest.fixture(autouse=True)
def _english_uk_after():
    yield
    i18n.set_language("en")
    region.set_services(UK)


@pytest.fixture
def spanish():
    assert i18n.set_language("es")


EMERGENCY_EN = {
    UK: "Stop exercising now and get help straight away: call 999 or your local emergency "
    "number, or go to A&E. Do not wait to see if it passes, and do not drive yourself.",
    ES: "Stop exercising now and get help straight away: call 112 or go to a hospital emergency "
    "department (urgencias). Do not wait to see if it passes, and do not drive yourself.",
    EU: "Stop exercising now and get help straight away: call 112 or go to a hospital emergency "
    "department. Do not wait to see if it passes, and do not drive yourself.",
    LOCAL: "Stop exercising now and get help straight away: call your local emergency number or "
    "go to a hospital emergency department. Do not wait to see if it passes, and do not drive "
    "yourself.",
}
EMERGENCY_ES = {
    UK: "Deja de hacer ejercicio ahora y pide ayuda de inmediato: llama al 999 o a tu número "
    "local de emergencias, o ve a urgencias (A&E). No esperes a ver si se pasa y no conduzcas tú.",
    ES: "Deja de hacer ejercicio ahora y pide ayuda de inmediato: llama al 112 o ve a urgencias "
    "de un hospital. No esperes a ver si se pasa y no conduzcas tú.",
    EU: "Deja de hacer ejercicio ahora y pide ayuda de inmediato: llama al 112 o ve a urgencias "
    "de un hospital. No esperes a ver si se pasa y no conduzcas tú.",
    LOCAL: "Deja de hacer ejercicio ahora y pide ayuda de inmediato: llama a tu número local de "
    "emergencias o ve a urgencias de un hospital. No esperes a ver si se pasa y no conduzcas tú.",
}
SAME_DAY_EN = {
    UK: "Stop exercising for today and get medical advice today: call your GP surgery or NHS 111 "
    "(or your local urgent care service). If it gets worse quickly, call 999 or your local "
    "emergency number.",
    ES: "Stop exercising for today and get medical advice today: call your health centre (centro "
    "de salud) and ask to be seen today. If it gets worse quickly, call 112.",
    EU: "Stop exercising for today and get medical advice today: call your doctor or your local "
    "urgent care service. If it gets worse quickly, call 112.",
    LOCAL: "Stop exercising for today and get medical advice today: call your doctor or your "
    "local urgent care service. If it gets worse quickly, call your local emergency number.",
}
SAME_DAY_ES = {
    UK: "Deja de hacer ejercicio por hoy y pide consejo médico hoy mismo: llama a la consulta de "
    "tu médico de cabecera (GP) o al NHS 111 (o al servicio de atención urgente de tu zona). Si "
    "empeora rápidamente, llama al 999 o a tu número local de emergencias.",
    ES: "Deja de hacer ejercicio por hoy y pide consejo médico hoy mismo: llama a tu centro de "
    "salud y pide que te vean hoy. Si empeora rápidamente, llama al 112.",
    EU: "Deja de hacer ejercicio por hoy y pide consejo médico hoy mismo: llama a tu médico o al "
    "servicio de atención urgente de tu zona. Si empeora rápidamente, llama al 112.",
    LOCAL: "Deja de hacer ejercicio por hoy y pide consejo médico hoy mismo: llama a tu médico o "
    "al servicio de atención urgente de tu zona. Si empeora rápidamente, llama a tu número local "
    "de emergencias.",
}
HEADING_EN = {
    UK: "Call 999 or your local emergency number, or go to A&E, if you have:",
    ES: "Call 112 or go to a hospital emergency department (urgencias) if you have:",
    EU: "Call 112 or go to a hospital emergency department if you have:",
    LOCAL: "Call your local emergency number or go to a hospital emergency department if you have:",
}
HEADING_ES = {
    UK: "Llama al 999 o a tu número local de emergencias, o ve a urgencias (A&E), si tienes:",
    ES: "Llama al 112 o ve a urgencias de un hospital si tienes:",
    EU: "Llama al 112 o ve a urgencias de un hospital si tienes:",
    LOCAL: "Llama a tu número local de emergencias o ve a urgencias de un hospital si tienes:",
}


@pytest.mark.parametrize("where", list(Services))
def test_emergency_advice_in_english(where):
    assert advice(Urgency.EMERGENCY, services=where) == EMERGENCY_EN[where]
    assert advice(Urgency.SAME_DAY, services=where) == SAME_DAY_EN[where]
    assert urgency_heading(Urgency.EMERGENCY, where) == HEADING_EN[where]


@pytest.mark.parametrize("where", list(Services))
def test_emergency_advice_in_spanish(spanish, where):
    assert advice(Urgency.EMERGENCY, services=where) == EMERGENCY_ES[where]
    assert advice(Urgency.SAME_DAY, services=where) == SAME_DAY_ES[where]
    assert urgency_heading(Urgency.EMERGENCY, where) == HEADING_ES[where]


def test_the_default_is_the_uk_words_as_before():
    assert advice(Urgency.EMERGENCY) == EMERGENCY_EN[UK]
    assert "999" in warning_signs_summary()
    assert "A&E" in warning_signs_summary()
    assert see_someone_heading() == "When to see your GP or physio"


def test_the_chosen_country_is_what_every_sentence_names(spanish):
    region.set_services(ES)
    assert advice(Urgency.EMERGENCY) == EMERGENCY_ES[ES]
    summary = warning_signs_summary()
    assert summary.startswith("Llama al 112 o ve a urgencias de un hospital si tienes:")
    for uk_only in ("999", "NHS", "A&E"):
        assert uk_only not in summary
    assert urgency_heading(Urgency.SAME_DAY) == (
        "Pide consejo médico hoy (a tu médico de cabecera en el centro de salud) si tienes:"
    )
    assert see_someone_heading() == "Cuándo ver a tu médico o fisioterapeuta"


def test_the_physio_never_stands_beside_the_emergency_number(spanish):
    for where in Services:
        assert "Sam" not in advice(Urgency.EMERGENCY, "Sam, 01234", services=where)
        assert advice(Urgency.SAME_DAY, "Sam", services=where).endswith(
            "Después, avisa a tu fisioterapeuta: Sam."
        )


@pytest.mark.parametrize(
    ("country", "language", "locales", "expected"),
    [
        ("GB", "es", [], UK),
        ("ES", "en", [], ES),
        ("EU", "en", ["en_GB.UTF-8"], EU),
        ("other", "en", ["en_GB"], LOCAL),
        ("auto", "en", ["en_GB.UTF-8"], UK),
        ("auto", "es", ["es_ES.UTF-8"], ES),
        ("auto", "en", ["fr_FR.UTF-8"], EU),
        ("auto", "en", ["en_US.UTF-8"], LOCAL),
        ("auto", "es", ["es_MX"], LOCAL),
        ("auto", "en", ["C.UTF-8"], UK),  # unknown, English: the UK words, as before
        ("auto", "en", [], UK),
        ("auto", "es", ["es", "C.UTF-8"], LOCAL),  # unknown, Spanish: "tu número local"
    ],
)
def test_which_services(country, language, locales, expected):
    assert services_for(country, language, locales) is expected


def test_the_spanish_safety_words_never_name_a_condition(spanish):
    from sciatica_coach.core.safety import RED_FLAGS
    from sciatica_coach.core.safety_words import red_flag_question, red_flag_short

    region.set_services(ES)
    texts = [warning_signs_summary(), *(advice(u) for u in Urgency)]
    texts += [urgency_heading(u) for u in Urgency]
    texts += [red_flag_question(f.id) for f in RED_FLAGS]
    texts += [red_flag_short(f.id) for f in RED_FLAGS]
    for text in texts:
        lowered = text.lower()
        for word in ("diagnóstic", "cauda", "ictus", "hernia", "infecci", "ciátic", "disco "):
            assert word not in lowered, (word, text)
