/**
 * The Luhn check digit over a string of digits, as Swedish organisation and personal identity
 * numbers use it: weights 2,1,2,1… from the left, digit sums of the products (spec section 3).
 */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const product = (digits.charCodeAt(i) - 48) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}
