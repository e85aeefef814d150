"""The words of attribution, listed once for the package (below ``segment``, so that sentence
splitting and extraction share them): speech verbs in every form, the ones that may come before
their speaker ('," said Lavrov'), denials, the verbs that only make speech with a clause after
them ('added that …', not 'added four conversions'), and the speakers' titles ('Mr.', 'Rep.')
that are never a speaker on their own."""

from __future__ import annotations


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# how something was said ('thundered', 'scoffed'): speech verbs that are speech only with a
# clause or a quotation (``NEED_CLAUSE``; not 'snapped a photo')
MANNER = _set("""thundered fumed mused snapped scoffed lamented laments bellowed reacted gloated
    screamed exclaimed beamed boomed gushed""")
SPEECH_VERBS = MANNER | _set(
    """said says say saying told tells tell telling added adds adding noted notes noting
    stated states explained explains asked asks answered replied replies responded responds
    insisted insists insisting stressed stresses warned warns warning wrote writes writing
    tweeted tweets argued argues arguing continued continues concluded concludes declared
    declares remarked commented claimed claims announced announces admitted admits urged urges
    suggested suggests confirmed confirms denied denies denying acknowledged acknowledges
    emphasised emphasized emphasises emphasizes confessed confesses conceded concedes
    recalled recalls joked jokes whispered predicted predicts observed cautioned countered
    counters complained complains boasted boasts vowed vows promised promises pledged
    retorted quipped shouted yelled testified wondered wonders emailed assured assures
    reassured informed informs maintained maintains
    argue warn insist admit concede acknowledge"""
)
# the speech verbs as a regular-expression alternation (longest first is not needed: every
# use ends it with a word boundary or a space)
SPEECH_VERB_RE = "|".join(sorted(SPEECH_VERBS))
# speech only right after the quotation they attribute ('…," The Blaze reported', '…," Palin
# posted via Facebook'); elsewhere they tell of events ('police reported a robbery', 'three
# injuries were reported', 'WikiLeaks posted a cache of cables')
AFTER_QUOTE = _set("reported reports posted")
# may come before the speaker: '," said Lavrov', '," added the senator', '," declares
# Stephanie Acs'; never 'told'/'tells': the name after them is the one told ('…," an
# intelligence source told Fox News')
INVERTED = _set(
    """said says added adds noted notes explained explains continued continues insisted
    insists warned warns asked asks replied replies wrote writes stated remarked commented
    argued argues declared declares concluded concludes whispered recalled recalls joked jokes
    observed cautioned tweeted tweets countered counters responded responds retorted quipped
    testified reacted screamed exclaimed beamed boomed gushed"""
)
# a speaker who says something is not so
DENIALS = _set("denied denies denying deny")
# speech only with a clause, a quotation or a colon after them: 'added that …', 'announced
# that …'; 'added four conversions', 'noted the rise', 'wrote the bill' are not speech
NEED_CLAUSE = MANNER | _set(
    """added adds adding noted notes noting announced announces confirmed confirms admitted
    admits stressed stresses acknowledged acknowledges suggested suggests explained explains
    recalled recalls predicted predicts observed warned warns continued continues concluded
    promised promises pledged vowed vows urged urges emphasised emphasized emphasises
    emphasizes claimed claims complained complains stated states answered confessed
    conceded concedes argued argues insisted insists declared declares wrote writes arguing
    insisting explaining warning claiming declaring stressing writing wondered wonders
    emailed"""
)
# speech only before a marked clause ('responded that …', 'replied: …', 'continued, "…"') or
# after what was said ('…, he continued.'): else a game, a riot or a market 'continued',
# 'answered', 'responded with wins', a lead or a pace 'maintained'
ANSWERING = _set(
    """continued continues responded responds answered countered counters replied replies
    maintained maintains"""
)
# beliefs reported like speech: 'Lavrov believes that …'
BELIEF_VERBS = _set("believes believed thinks thought")
# titles before a person's name as written short, with a dot or without ('Sgt.', 'Const.
# Tim Fanning', 'Msgr Farmer'); ``segment`` ends no sentence after them
TITLE_ABBREVIATIONS = _set(
    "Mr Mrs Ms Mx Dr Drs Prof Profs Gen Gens Col Lt Sgt Capt Cmdr Cdr Adm Maj Gov Govs Sen Sens "
    "Rep Reps Rev Hon Rt Fr Msgr Pres Supt Insp Det Const Dep Dist Atty Att'y Amb Cpl Pvt "
    "Spc Brig Messrs Mme Mlle Sr Sra")
# titles before a name (lower case); never a speaker by themselves
TITLES = _set(
    """miss professor sir dame lord lady president senator governor congressman congresswoman
    secretary mayor chairman chairwoman minister premier"""
) | {w.lower() for w in TITLE_ABBREVIATIONS}
# degrees and post-nominal letters after a name ('Jorge Alsip, MD, said'), as written without
# dots and spaces ('M. D.', 'Ph.D.'); never a name or a speaker of their own
CREDENTIALS = _set("MD PhD RN DDS DMD MPH MBA MSW JD Esq CPA FACS FACP")


def is_credential(word: str) -> bool:
    """Is ``word`` a degree written after a name ('MD', 'M. D.', 'Ph.D.', 'Esq.'; not 'Md.', a
    state)?"""
    return word.replace(".", "").replace(" ", "") in CREDENTIALS


# words that end like an adverb but are none ('family', 'rally', '996 likely voters')
LY_WORDS = _set("""family rally ally allies supply assembly reply tally anomaly monopoly bully
    likely elderly""")


def ly_adverb(word: str) -> bool:
    """An adverb in -ly in lower case ('solidly', 'sternly'; not 'family', 'likely')."""
    return (len(word) > 3 and word.endswith("ly") and word.isalpha() and word.islower()
            and word not in LY_WORDS)
# the parties' names, lower case ('the Wisconsin Republican', 'Rep. Nick Rahall (D)')
PARTY_NAMES = frozenset(("republican", "democrat", "independent", "democratic", "gop"))
# words before a person's given name that tell their party or chamber, no part of the name
# ('House Republican Thomas Massie', 'Libertarian Gary Johnson'), lower case
PARTY_WORDS = PARTY_NAMES | frozenset(("house", "senate", "republicans", "libertarian"))
