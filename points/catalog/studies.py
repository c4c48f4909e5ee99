"""The trials and reviews the evidence cards cite, restated in plain words.

Every number here was checked on 2026-12-01 (safety.REVIEWED_ON) against the page in
`source_url` or the abstract it links to; details we could not find in a source text are left
out rather than filled in from memory (see the report in the issue 15 notes). Where a DOI or a
PubMed, PMC or Cochrane record was found, `source_url` points there.
"""

from points.catalog.rows import StudyRow

STUDIES: list[StudyRow] = [
    {
        "slug": "zick-2016",
        "short_name": "Zick 2016",
        "citation": (
            "Zick SM, Sen A, Wyatt GK, Murphy SL, Arnedt JT, Harris RE. Investigation of 2 types "
            "of self-administered acupressure for persistent cancer-related fatigue in breast "
            "cancer survivors: a randomized clinical trial. JAMA Oncol. 2016;2:1470-1476."
        ),
        "design": "Randomised trial (phase III, single-blind), three groups",
        "participants": (
            "270 women with lasting tiredness at least a year after finishing treatment for "
            "breast cancer (stages 0 to III), in Michigan"
        ),
        "compared_with": "Stimulating acupressure (other points) and usual care",
        "tested": (
            "Relaxing acupressure pressed by the women themselves once a day for 6 weeks, after "
            "a short lesson: Yintang, Anmian on both sides, HT 7, SP 6 and LR 3 on both sides, "
            "3 minutes per point with small circles."
        ),
        "finding": (
            "After 6 weeks, 66% of the relaxing group (94 women) and 61% of the stimulating "
            "group (90 women) had tiredness back in the normal range, against 31% with usual "
            "care (86 women). Both routines did about as well as each other. Only the relaxing "
            "routine also improved sleep and quality of life compared with usual care."
        ),
        "sham_similar": False,
        "source": "Oncology Nursing Society: evidence summary of Zick 2016 (with the DOI link)",
        "source_url": "https://www.ons.org/node/142206?print=true",
    },
    {
        "slug": "zick-2026-metime",
        "short_name": "Zick 2026 (MeTime)",
        "citation": (
            "Zick SM, Chen D, Harris RE, Kruger G, Runyon A, Sen A, Snyder S, Pearce CL. "
            "Self-acupressure for fatigue in patients surviving ovarian cancer: a randomized "
            "clinical trial. JAMA Netw Open. 2026. PMCID: PMC12878437."
        ),
        "design": "Randomised trial (phase III, single-blind), three groups",
        "participants": "171 women with lasting tiredness after treatment for ovarian cancer",
        "compared_with": "Sham acupressure (9 non-acupuncture spots) and usual care",
        "tested": (
            "The relaxing routine taught by a phone app (MeTime) with a pressure wand: 9 "
            "point-sides, 27 minutes a day (3 minutes each), every day for 6 weeks."
        ),
        "finding": (
            "At 6 weeks, 58.5% of the true-acupressure group had normal tiredness levels, "
            "51.1% of the sham group and 17.6% with usual care. True and sham pressing did not "
            "differ clearly from each other; the gain lasted to 24 weeks. Only the true points "
            "improved quality of life; neither changed sleep quality. No side effects were "
            "reported."
        ),
        "sham_similar": True,
        "source": "PubMed Central: the trial's full text",
        "source_url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC12878437/",
    },
    {
        "slug": "li-2018",
        "short_name": "Li 2018",
        "citation": (
            "Li LW, Harris RE, Tsodikov A, et al. Self-acupressure for older adults with "
            "symptomatic knee osteoarthritis: a randomized controlled trial. Arthritis Care Res "
            "(Hoboken). 2018;70(2):221-229. doi:10.1002/acr.23262"
        ),
        "design": "Randomised trial (double-blind), three groups",
        "participants": "150 older adults (average age 73) with painful knee osteoarthritis",
        "compared_with": "Sham acupressure (9 non-acupuncture spots) and usual care",
        "tested": (
            "Pressing 9 point-sides with a hand-held device: Yintang, Anmian, HT 7, SP 6 and "
            "LR 3, once a day, 5 days a week, for 8 weeks."
        ),
        "finding": (
            "After 8 weeks, both the true and the sham group had less knee pain and moved "
            "better than with usual care (knee pain score about 1.3 points lower on the WOMAC "
            "pain scale, and 0.5 to 0.7 points lower on a 0-10 scale). True and sham pressing "
            "did not differ on any measure, so the authors could not tell why it helped."
        ),
        "sham_similar": True,
        "source": "DOI record of the trial",
        "source_url": "https://doi.org/10.1002/acr.23262",
    },
    {
        "slug": "murphy-2019",
        "short_name": "Murphy 2019",
        "citation": (
            "Murphy SL, Harris RE, Keshavarzi NR, Zick SM. Self-administered acupressure for "
            "chronic low back pain: a randomized controlled pilot trial. Pain Med. 2019. "
            "doi:10.1093/pm/pnz138"
        ),
        "design": "Randomised pilot trial, three groups",
        "participants": "67 adults with low back pain for 3 months or more, and tiredness",
        "compared_with": "Stimulating acupressure (other points) and usual care",
        "tested": (
            "Relaxing or stimulating acupressure, 3 minutes per point with a fingertip, a "
            "pencil eraser or a wooden aid, 27 to 30 minutes a day, for 6 weeks."
        ),
        "finding": (
            "Pain fell by 35-36% in the two acupressure groups, more than with usual care. "
            "Only the stimulating routine also eased tiredness. Sleep and disability did not "
            "differ between the groups. The few side effects came from pressing too hard. It "
            "was a small pilot study."
        ),
        "sham_similar": False,
        "source": "PubMed record of the trial",
        "source_url": "https://pubmed.ncbi.nlm.nih.gov/31237610/",
    },
    {
        "slug": "blodt-2018",
        "short_name": "Blödt 2018",
        "citation": (
            "Blödt S, Pach D, von Eisenhart-Rothe S, Lotz F, Roll S, Icke K, Witt CM. "
            "Effectiveness of app-based self-acupressure for women with menstrual pain compared "
            "to usual care: a randomized pragmatic trial. Am J Obstet Gynecol. "
            "2018;218(2):227.e1-227.e9. doi:10.1016/j.ajog.2017.11.570"
        ),
        "design": "Randomised pragmatic trial, two groups",
        "participants": (
            "221 women aged 18 to 34 in Berlin whose worst period pain was 6 or more out of 10"
        ),
        "compared_with": "Usual care (painkillers, the pill) with the same app but no acupressure",
        "tested": (
            "SP 6, LI 4 and LR 3 on both sides, 1 minute per point and side, at the same time "
            "each day from 5 days before the period was due until it ended, for 6 cycles, with "
            "reminders and a timer in the app."
        ),
        "finding": (
            "Period pain halved or better in 37% of the acupressure group after 3 cycles and "
            "in 58% after 6 cycles, against 25% with usual care at both times. A few women had "
            "more pain or bruising, less often after the first months. There was no sham group."
        ),
        "sham_similar": False,
        "source": "DOI record of the trial",
        "source_url": "https://doi.org/10.1016/j.ajog.2017.11.570",
    },
    {
        "slug": "lee-2015-cochrane",
        "short_name": "Cochrane review 2015 (Lee)",
        "citation": (
            "Lee A, Chan SKC, Fan LTY. Stimulation of the wrist acupuncture point PC6 for "
            "preventing postoperative nausea and vomiting. Cochrane Database Syst Rev. "
            "2015;(11):CD003281. doi:10.1002/14651858.CD003281.pub4"
        ),
        "design": "Cochrane systematic review of randomised trials",
        "participants": (
            "People having surgery, in 40 trials (4742 people) for nausea and 45 trials "
            "(5147 people) for vomiting"
        ),
        "compared_with": "Sham treatment, or anti-sickness medicine",
        "tested": (
            "Any way of stimulating PC 6 on the inner wrist around an operation: needles, "
            "electrical stimulation, wristbands and finger pressure among them."
        ),
        "finding": (
            "Compared with sham, PC 6 stimulation cut nausea after surgery by about a third "
            "(risk ratio 0.68) and vomiting by about two fifths (0.60), and fewer people needed "
            "rescue anti-sickness medicine (0.64). The evidence was rated low quality, and most "
            "trials did not use self-pressure by hand. The review was updated in 2025."
        ),
        "sham_similar": False,
        "source": "PubMed Central: the Cochrane review",
        "source_url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC4679372/",
    },
    {
        "slug": "yeung-2018",
        "short_name": "Yeung 2018",
        "citation": (
            "Yeung WF, Ho FYY, Chung KF, et al. Self-administered acupressure for insomnia "
            "disorder: a pilot randomized controlled trial. J Sleep Res. 2018;27(2):220-231. "
            "doi:10.1111/jsr.12597"
        ),
        "design": "Randomised pilot trial, two groups",
        "participants": "31 adults in Hong Kong with insomnia disorder",
        "compared_with": "Sleep hygiene education",
        "tested": (
            "Self-acupressure taught in two lessons and done daily for 4 weeks on GV 20, GB 20, "
            "PC 6, HT 7, CV 12 and KI 1. The time per point is not in the sources we found, so "
            "no sleep routine is published from this study."
        ),
        "finding": (
            "At 8 weeks the acupressure group scored lower on the Insomnia Severity Index "
            "(effect size 0.56), but the difference did not hold after correcting for the "
            "number of comparisons. 92% of those who finished the lessons were still practising "
            "at week 8."
        ),
        "sham_similar": False,
        "source": "PubMed record of the trial",
        "source_url": "https://www.ncbi.nlm.nih.gov/pubmed/28884877",
    },
]
