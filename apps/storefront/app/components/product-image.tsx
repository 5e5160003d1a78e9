// A product photo in a square box of known size (no layout shift), or a neat placeholder.
export function ProductImage({
  src,
  alt,
  size,
  placeholder,
  eager = false,
}: {
  src: string | null;
  alt: string;
  size: number;
  /** Read out when there is no photo (unless alt is empty: the image is then decoration). */
  placeholder: string;
  eager?: boolean;
}) {
  if (!src) {
    return (
      <svg
        className="product-image product-image--placeholder"
        width={size}
        height={size}
        viewBox="0 0 100 100"
        {...(alt === '' ? { 'aria-hidden': true } : { role: 'img', 'aria-label': placeholder })}
      >
        <rect width="100" height="100" fill="#eef3ea" />
        <path d="M50 26c-12 10-18 21-18 32a18 18 0 0 0 36 0c0-11-6-22-18-32z" fill="#9bb58a" />
        <path d="M50 40v36" stroke="#eef3ea" strokeWidth="3" strokeLinecap="round" />
      </svg>
    );
  }
  return (
    <img
      className="product-image"
      src={src}
      alt={alt}
      width={size}
      height={size}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
    />
  );
}
