package bench.bare;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Notes extends JpaRepository<Note, Long> {
}
