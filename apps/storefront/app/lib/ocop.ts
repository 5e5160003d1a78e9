/** OCOP (One Commune One Product) ratings that a product can hold, highest first. */
export const STAR_CHOICES = [5, 4, 3] as const;
