-- Reserved for a later feature; intentionally empty until that feature ships.
SELECT 1;
