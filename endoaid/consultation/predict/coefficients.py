"""The published coefficients of PREDICT Breast v3.0, as named constants.

Source: the model's reference implementation (WintonCentre/predict-v30-r, MIT licence, file
inst/Predict-v3.0-2022-08-17.R and its function form R/benefits30.R at commit 4a2ecdc), which
carries the coefficients of Candido dos Reis et al. 2017 (v2), the progesterone-receptor
terms of Grootes et al. 2022 (v3.0) and the treatment hazard ratios named beside each value.
"ER1" is oestrogen-receptor-positive disease, "ER0" negative. Natural logarithms throughout.
"""

from __future__ import annotations

import math

# Breast-cancer prognostic index, ER-positive: fractional polynomial terms (centred).
ER1_AGE_BETA_1 = 34.53642  # x (age/10)^-2 - 0.0287449295
ER1_AGE_CENTRE_1 = 0.0287449295
ER1_AGE_BETA_2 = -34.20342  # x (age/10)^-2 * ln(age/10) - 0.0510121013
ER1_AGE_CENTRE_2 = 0.0510121013
ER1_SIZE_BETA = 0.7530729  # x ln(size/100) + 1.545233938
ER1_SIZE_CENTRE = 1.545233938
ER1_NODES_BETA = 0.7060723  # x ln((nodes+1)/10) + 1.387566896
ER1_NODES_CENTRE = 1.387566896
ER1_GRADE_BETA = 0.746655  # x grade (1, 2, 3)
ER1_SCREEN_BETA = -0.22763366  # x 1 screen-detected, 0 symptoms, UNKNOWN_SCREEN unknown
ER1_KI67_POSITIVE = 0.14904
ER1_KI67_NEGATIVE = -0.11333
ER1_PR_POSITIVE = -0.0619  # Grootes et al. 2022
ER1_PR_NEGATIVE = 0.2624

# Breast-cancer prognostic index, ER-negative.
ER0_AGE_BETA = 0.0089827  # x age - 56.3254902
ER0_AGE_CENTRE = 56.3254902
ER0_SIZE_BETA = 2.093446  # x (size/100)^0.5 - 0.5090456276
ER0_SIZE_CENTRE = 0.5090456276
ER0_NODES_BETA = 0.6260541  # x ln((nodes+1)/10) + 1.086916249
ER0_NODES_CENTRE = 1.086916249
ER0_GRADE_BETA = 1.129091  # x 1 for grade 2 or 3, 0 for grade 1
ER0_PR_POSITIVE = -0.2231  # Grootes et al. 2022
ER0_PR_NEGATIVE = 0.0296

HER2_POSITIVE = 0.2413  # either ER status
HER2_NEGATIVE = -0.0762

UNKNOWN_SCREEN = 0.204  # the share of screen-detected cancers, used when it is not known
UNKNOWN_GRADE = 2.13  # the reference's grade when it is not known (grade 9 in its inputs)

# Baseline cumulative hazards by year t after diagnosis.
# Breast cancer, ER+: exp(a + b / t^0.5 + c * ln(t) / t^0.5)
ER1_BASE_BR = (0.7424402, -7.527762, -1.812513)
# Breast cancer, ER-: exp(a + b / t^2 + c / t)
ER0_BASE_BR = (-1.156036, 0.4707332, -3.51355)
# Other causes: exp(a + b * ln(t) + c * t^0.5)
BASE_OTHER = (-6.052919, 1.079863, 0.3255321)

# Other-cause prognostic index: beta x ((age/10)^2 - centre).
OTHER_AGE_BETA = 0.0698252
OTHER_AGE_CENTRE = 34.23391957

# Smoking: 10% of the population smoke; smoking doubles the 25% of other-cause deaths it
# can cause, so a current smoker's other-cause hazard is 1.25 times a non-smoker's.
SMOKER_SHARE = 0.1
SMOKER_HAZARD = 0.25 * 2 + 1 - 0.25
_SMOKER_MIX = 1 - SMOKER_SHARE + SMOKER_HAZARD * SMOKER_SHARE
SMOKER_BETA = math.log(SMOKER_HAZARD / _SMOKER_MIX)
NON_SMOKER_BETA = math.log(1 / _SMOKER_MIX)

# Treatments: log hazard ratios on breast-cancer deaths.
CHEMO_BETA = {0: 0.0, 2: -0.248, 3: -0.446}  # EBCTCG: 2nd and 3rd generation regimens
ENDOCRINE_BETA = -0.3857  # 5 years of endocrine therapy, ER-positive only, all 15 years
EXTENDED_ENDOCRINE_BETA = -0.26  # added in years 11-15 by 10 years (ATLAS and aTTom)
EXTENDED_FROM_YEAR = 11
TRASTUZUMAB_BETA = -0.3567  # HER2-positive only
BISPHOSPHONATE_BETA = -0.198

# Radiotherapy and chemotherapy harms, and the population the baseline describes.
CHEMO_OTHER_HAZARD = 1.2  # other-cause deaths after chemotherapy (Kerr et al. 2022)
RADIO_SHARE = 0.69  # share of the population given radiotherapy
RADIO_BREAST_HAZARD = 0.82  # breast-cancer deaths after radiotherapy (Darby et al.)
RADIO_OTHER_HAZARD_PER_GY = 1.04  # other-cause deaths per Gy to the heart (Taylor et al. 2017)
# The average heart dose the baseline population received. Used for her when her own mean
# heart dose is not entered, so that radiotherapy's other-cause harm is the population's (the
# reference function's own default, 1 Gy, is only a placeholder for its callers).
POPULATION_HEART_DOSE_GY = 2.0
RADIO_BASE_BREAST = math.log(1 / ((1 - RADIO_SHARE) + RADIO_SHARE * RADIO_BREAST_HAZARD))
RADIO_BASE_OTHER = math.log(
    1 / ((1 - RADIO_SHARE) + RADIO_SHARE * RADIO_OTHER_HAZARD_PER_GY**POPULATION_HEART_DOSE_GY)
)

YEARS = 15
