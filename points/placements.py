"""Where each seed point sits on the body diagrams, as plain data.

Positions are in cun from each diagram's origin (see points/diagrams.py), x to the right and y
downwards on the drawing, so each can be checked against the point's location text:

- leg diagrams: origin on the knee crease, in the middle of the leg (front and back views:
  outer side to the right; outer side view: front to the right; inner side view: front to the
  left). The outer ankle bone is 16 cun below the crease, the inner ankle bone 15 cun, the top
  of the kneecap 2.5 cun above, the gluteal fold 14 cun above.
- foot-top: origin at the middle of the ankle crease (ST 41); foot-sole: the back of the heel;
  foot-inner and foot-outer: the inner and outer ankle bones.
- hand diagrams and forearm-palm: the middle of the (palmar) wrist crease; the elbow crease
  is 12 cun below it on forearm-palm, thumb side to the right.
- head-front: the glabella (between the inner ends of the eyebrows), the right side of the
  face on the right as in a mirror; head-side: the top of the right ear, face to the right.
  The head's B-cun are measured along the skin of the midline (15 from the glabella over the
  crown to the back hairline): on head-side they are 1.14 of the drawing's cun.
- abdomen: the centre of the navel; the top of the pubic bone 5 cun below, the bottom of the
  breastbone 8 cun above, the right side on the right.

Points on the midline (x == 0 on head-front and abdomen) have one placement per diagram; a
paired point's placement is its right-side point.

Loaded by points.seed.load_placements (migration 0008) into PointPlacement rows, converted to
drawing units; staff can move them in the admin and later loads never overwrite that.
"""

PLACEMENTS: dict[str, list[tuple[str, float, float]]] = {
    # Stomach: front of the thigh, knee and shin; top of the foot.
    # ST 32-34 lie on the line from the outer top corner of the kneecap (0.8, -2.5) to the
    # front point of the hip bone (3.0, -20.9): x = 0.8 + 2.2 × (cun above the kneecap) / 18.4.
    "ST 32": [("leg-front", 1.52, -8.5)],  # 6 cun above the kneecap: -2.5 - 6
    "ST 33": [("leg-front", 1.16, -5.5)],  # 3 cun above the kneecap: -2.5 - 3
    "ST 34": [("leg-front", 1.04, -4.5)],  # 2 cun above the kneecap, 1 below ST 33
    "ST 35": [("leg-front", 0.7, 0)],  # outer hollow beside the kneecap tendon, crease level
    # ST 36-39: the shin bone's front edge is at x = -0.1 (3 cun), -0.3 (6), -0.5 (8), -0.6 (9);
    # each point is one finger-width (1 cun) outside it.
    "ST 36": [("leg-front", 0.9, 3)],  # 3 cun below ST 35
    "ST 37": [("leg-front", 0.7, 6)],  # 6 cun below ST 35
    "ST 38": [("leg-front", 0.5, 8)],  # 8 cun below ST 35: halfway to the outer ankle bone (16)
    "ST 39": [("leg-front", 0.4, 9)],  # 9 cun below ST 35
    "ST 40": [
        ("leg-front", 1.5, 8),  # level with ST 38, one finger-width further out
        ("leg-outer", 1.0, 8),  # 8 cun above the outer ankle bone (16 - 8), front of the fibula
    ],
    "ST 41": [
        ("foot-top", 0, 0),  # middle of the ankle crease
        ("leg-front", 0, 16),  # level with the outer ankle bone
    ],
    "ST 42": [("foot-top", -0.15, -1.3)],  # base of the 2nd foot bone (-0.15, -1.5)
    # Between the 2nd (x -0.27 here) and 3rd (x 0.48) foot bones, behind the 2nd toe's joint.
    "ST 43": [("foot-top", 0.1, -4.4)],
    "ST 44": [("foot-top", 0.15, -5.5)],  # just behind the 2nd-3rd toe web (0.15, -5.85)
    # Spleen: inner side of the foot, shin and thigh. On leg-inner the shin bone's inner edge
    # is at x = 0.45-0.5; "just behind" it is x = 0.75-0.8 (the back is to the right).
    "SP 4": [
        ("foot-inner", -3.45, 2.2),  # in front of and below the 1st foot bone's base (-3.1, 1.85)
        ("leg-inner", -3.3, 18.15),
    ],
    "SP 6": [
        ("leg-inner", 0.75, 12),  # 3 cun above the inner ankle bone: 15 - 3
        ("foot-inner", 0.6, -3),  # 3 cun above the inner ankle bone, behind the shin bone (0.39)
    ],
    "SP 7": [("leg-inner", 0.8, 9)],  # 6 cun above the inner ankle bone: 15 - 6
    "SP 8": [("leg-inner", 0.8, 5)],  # 3 cun below SP 9: 2 + 3
    "SP 9": [("leg-inner", 0.75, 2.1)],  # below the shin bone's inner bump, 13 cun above 15
    "SP 10": [
        ("leg-inner", -1.9, -4.5),  # 2 cun above the kneecap's top (-2.5)
        ("leg-front", -1.85, -4.5),  # above the inner top corner of the kneecap (-0.8, -2.5)
    ],
    # WHO: a third of the way down from SP 12 at the groin to the top of the kneecap (-2.5),
    # over 18 cun: 12 cun above the kneecap. (The traditional "6 cun above SP 10" is -10.5.)
    "SP 11": [("leg-inner", -1.2, -14.5)],
    # Gallbladder: outer side of the hip, thigh and leg.
    "GB 30": [
        # A third of the way from the hip bone bump (3.55, -19) to the top of the buttock
        # cleft (-3.8, -21.4): (3.55 - 7.35 / 3, -19 - 2.4 / 3).
        ("leg-back", 1.1, -19.8),
        ("leg-outer", -1.9, -19.8),  # behind the hip bone bump (-0.2, -19)
    ],
    # The thigh band (iliotibial band) is at x = 0.5 at -7 cun and 0.6 at -5; just behind it.
    # GB 31 and GB 32 are drawn at their traditional locations, as their texts say.
    "GB 31": [("leg-outer", 0.1, -7)],  # 7 cun above the knee crease
    "GB 32": [("leg-outer", 0.2, -5)],  # 5 cun above the crease, 2 cun below GB 31
    "GB 33": [("leg-outer", -0.1, -1)],  # above and behind the femur's outer bump (0.35, -0.2)
    "GB 34": [("leg-outer", -0.3, 2)],  # in front of and below the fibula's head (-1.0, 1.2)
    # The fibula runs from x -0.9 below its head to -0.3 at the ankle: -0.6 at 9 cun, -0.45 at
    # 12, -0.41 at 13.
    "GB 35": [("leg-outer", -0.95, 9)],  # 7 cun above the outer ankle bone, behind the fibula
    "GB 38": [("leg-outer", -0.05, 12)],  # 4 cun above the outer ankle bone, in front of it
    "GB 39": [
        ("leg-outer", 0.0, 13),  # 3 cun above the outer ankle bone (16 - 3), in front of it
        ("foot-outer", 0.25, -3),  # 3 cun above the outer ankle bone, fibula at -0.16
    ],
    # Kidney: sole, inner ankle and the inner back of the leg.
    # A third of the way from the 2nd-3rd toe web (-0.15, -8.25) to the back of the heel (0, 0).
    "KI 1": [("foot-sole", -0.1, -5.5)],
    "KI 3": [
        # Level with the inner ankle bone, between it (back edge 0.52) and the Achilles tendon
        # (front edge 0.95).
        ("foot-inner", 0.78, 0),
        ("leg-inner", 0.7, 15),
    ],
    "KI 6": [
        ("foot-inner", 0, 1),  # 1 cun below the inner ankle bone
        ("leg-inner", 0, 16),
    ],
    # KI 7 is at the front edge of the Achilles tendon, behind SP 6's vertical line (0.75 and
    # 0.6, where KI 8 sits); on leg-inner the skin behind the tendon leaves room only up to 0.95.
    "KI 7": [
        ("leg-inner", 0.95, 13),  # 2 cun above KI 3: 15 - 2, in front of the tendon (1.12)
        ("foot-inner", 0.85, -2),  # in front of the tendon (0.95)
    ],
    "KI 9": [("leg-inner", 1.05, 10)],  # 5 cun above the inner ankle bone: 15 - 5
    "KI 10": [
        ("leg-inner", 1.5, 0),  # the back end of the knee crease
        ("leg-back", -1.15, 0),  # on the crease, just outside the inner tendon (-1.6)
    ],
    # Bladder: back of the thigh, knee and calf; outer ankle and foot.
    "BL 36": [("leg-back", 0, -14)],  # middle of the gluteal fold
    "BL 37": [("leg-back", 0, -8)],  # 6 cun below BL 36
    # The outer hamstring tendon is at x = 1.75 a cun above the crease and 1.85 on it.
    "BL 38": [("leg-back", 1.3, -1)],  # 1 cun above the crease, inside the tendon
    "BL 39": [("leg-back", 1.35, 0)],  # on the crease, inside the tendon
    "BL 40": [("leg-back", 0, 0)],  # middle of the knee crease
    "BL 55": [("leg-back", 0, 2)],  # 2 cun below BL 40
    "BL 56": [("leg-back", 0, 5)],  # 5 cun below BL 40
    "BL 57": [("leg-back", 0, 8)],  # tip of the calf's V: halfway from BL 40 (0) to BL 60 (16)
    "BL 58": [("leg-back", 1.0, 9)],  # 7 cun above BL 60 (16 - 7), 1 cun out from BL 57
    "BL 59": [
        ("leg-back", 0.8, 13),  # 3 cun above BL 60: 16 - 3
        ("leg-outer", -0.85, 13),  # between the fibula (-0.41) and the tendon (-1.12)
        ("foot-outer", -0.6, -3),  # between the fibula (-0.16) and the tendon (-0.96)
    ],
    "BL 60": [
        ("foot-outer", -0.78, 0),  # level with the outer ankle bone, between it and the tendon
        ("leg-back", 0.62, 16),  # between the tendon (0.15) and the outer ankle bone (0.98)
        ("leg-outer", -0.9, 16),
    ],
    "BL 61": [("foot-outer", -0.8, 2.05)],  # straight below BL 60, above the sole (2.64)
    "BL 62": [("foot-outer", 0, 1.0)],  # below the outer ankle bone (lower edge at 0.6)
    "BL 63": [("foot-outer", 1.3, 1.9)],  # below the cuboid, behind the 5th bone's bump (3.0)
    "BL 64": [("foot-outer", 3.45, 2.2)],  # in front of and below the bump (3.0, 2.0)
    # Liver: between the 1st (x -1.09 here) and 2nd (-0.21) foot bones, where they meet.
    "LR 3": [("foot-top", -0.66, -2.9)],
    # Hand. The 2nd hand bone runs from (-0.55, -0.9) to its knuckle (-1.2, -4.0), so its middle
    # is (-0.88, -2.45); LI 4 is beside it on the thumb side.
    "LI 4": [("hand-back", -1.25, -2.45)],
    "SI 3": [
        ("hand-back", 1.48, -3.1),  # little-finger edge, behind its knuckle (1.22, -3.7)
        ("hand-palm", -1.48, -3.1),  # the end of the palm crease, on the same edge
    ],
    # Head and face. The midline of head-side runs 15 B-cun from the glabella (5.05, 0.1) to
    # the back hairline (-2.54, 1.8); 1 B-cun is 1.14 cun of the drawing.
    "EX-HN 3": [("head-front", 0, 0)],  # Yintang: midway between the inner eyebrow ends
    "GV 20": [
        # Crown: 8 B-cun up from the glabella (3 to the front hairline, then 5), 0.3 cun in from
        # the skin; roughly straight above the top of the ear (0, 0).
        ("head-side", -0.44, -4.68),
        # Seen from the front: on the midline, the middle of the line over the head from one
        # ear tip to the other; the crown is 5.26 cun above the glabella, GV 20 just below.
        ("head-front", 0, -5.0),
    ],
    # Below the lower edge of the skull, level with GV 16 (directly below the bump at the back
    # of the skull, 1 B-cun above the back hairline, at (-2.78, 0.68)), in the hollow between
    # the trapezius (front edge x -2.27 there) and the sternocleidomastoid (back edge -1.08).
    "GB 20": [("head-side", -1.95, 0.78)],
    # Anmian (no WHO code; the catalog's NHN 54): midway between TE 17 (-0.2, 2.72, behind
    # the earlobe) and GB 20, just behind the bony bump behind the ear (the mastoid, -0.64).
    "NHN 54": [("head-side", -1.08, 1.75)],
    # Forearm and wrist, palm side. The tendons at 2 cun above the wrist crease: palmaris
    # longus x 0.0, flexor carpi radialis 0.56; at the crease, flexor carpi ulnaris -0.85.
    "HT 7": [("forearm-palm", -0.6, 0)],  # on the crease, on the thumb side of that tendon
    "PC 6": [("forearm-palm", 0.28, 2)],  # 2 cun above the crease, between the middle tendons
    # Abdomen, on the midline.
    "CV 6": [("abdomen", 0, 1.5)],  # 1.5 cun below the centre of the navel
    "CV 12": [("abdomen", 0, -4)],  # 4 cun above it: halfway to the breastbone's bottom (-8)
}
