"""Canonical measurement field names shared by every device decoder.

Decoders translate their protocol's own keys into these names; the per-machine
configuration maps them onto a platform's keys (for EGYM, its metric types).
"""
from __future__ import annotations

# Body composition
WEIGHT_KG = "weight_kg"
HEIGHT_CM = "height_cm"
BMI = "bmi"
BODY_FAT_PERCENT = "body_fat_percent"
FAT_MASS_KG = "fat_mass_kg"
FAT_FREE_MASS_KG = "fat_free_mass_kg"
MUSCLE_MASS_KG = "muscle_mass_kg"
MUSCLE_SCORE = "muscle_score"
BONE_MASS_KG = "bone_mass_kg"
BODY_WATER_KG = "body_water_kg"
BODY_WATER_PERCENT = "body_water_percent"
INTRACELLULAR_WATER_KG = "intracellular_water_kg"
EXTRACELLULAR_WATER_KG = "extracellular_water_kg"
VISCERAL_FAT_RATING = "visceral_fat_rating"
BMR_KCAL = "bmr_kcal"
BMR_KJ = "bmr_kj"
METABOLIC_AGE = "metabolic_age"
IMPEDANCE_OHM = "impedance_ohm"
LEG_SCORE = "leg_score"
SKELETAL_MUSCLE_INDEX = "skeletal_muscle_index"

# Cardio
DURATION_S = "duration_s"
DISTANCE_M = "distance_m"
CALORIES_KCAL = "calories_kcal"
SPEED_KMH = "speed_kmh"
HEART_RATE_BPM = "heart_rate_bpm"
POWER_W = "power_w"

# Flexibility: sit-and-reach distance, and the joint angles of a test done on each side
REACH_CM = "reach_cm"
HIP_FLEXOR_LEFT_DEG = "hip_flexor_left_deg"
HIP_FLEXOR_RIGHT_DEG = "hip_flexor_right_deg"

BODY_FIELDS = (
    WEIGHT_KG, HEIGHT_CM, BMI, BODY_FAT_PERCENT, FAT_MASS_KG, FAT_FREE_MASS_KG, MUSCLE_MASS_KG,
    MUSCLE_SCORE, BONE_MASS_KG, BODY_WATER_KG, BODY_WATER_PERCENT, INTRACELLULAR_WATER_KG,
    EXTRACELLULAR_WATER_KG, VISCERAL_FAT_RATING, BMR_KCAL, BMR_KJ, METABOLIC_AGE, IMPEDANCE_OHM,
    LEG_SCORE, SKELETAL_MUSCLE_INDEX,
)
CARDIO_FIELDS = (DURATION_S, DISTANCE_M, CALORIES_KCAL, SPEED_KMH, HEART_RATE_BPM, POWER_W)
FLEXIBILITY_FIELDS = (REACH_CM, HIP_FLEXOR_LEFT_DEG, HIP_FLEXOR_RIGHT_DEG)
