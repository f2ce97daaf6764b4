/** MaterialKind values a reviewer may ask for again (src/Domain/Applications, review-application.form). */
export const materialKinds = ['IdCardFront', 'IdCardBack', 'HouseholdRegister', 'IdCardCopy'] as const;
